import { css } from 'lit';
import { root, tokens } from '../../styles/tokens.js';

export const campaignStyles = [
  tokens,
  root,
  css`
    .root {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      --_reserve: 46em;
    }
    .action {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
      border: 1px solid var(--_border);
    }
    .action p {
      margin: 0;
      flex: 1 1 16em;
      font-weight: 700;
    }
    .partner {
      margin: 0;
      color: var(--_muted);
    }
    .partner a {
      color: var(--_link);
    }
  `,
];
