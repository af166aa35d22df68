/**
 * "Cambridge, ward 1, precinct 2 is in …": why these legislators, worded from the flow's data in
 * the current language. `bidi` isolates each inserted name (FSI … PDI), so English names keep
 * their order in Arabic sentences.
 */
import { msg, str } from '@lit/localize';
import type { Reason } from './flow.js';

export function describeReason(reason: Reason, bidi: (text: string) => string): string {
  switch (reason.kind) {
    case 'town': {
      const { town, pair } = reason;
      const [house, senate] = [bidi(pair.house.name), bidi(pair.senate.name)];
      return town.via
        ? msg(str`${bidi(town.via)} is part of ${bidi(town.municipality)}, which is in the ${house} House district and the ${senate} Senate district.`)
        : msg(str`${bidi(town.municipality)} is in the ${house} House district and the ${senate} Senate district.`);
    }
    case 'ward': {
      const [house, senate] = [bidi(reason.pair.house.name), bidi(reason.pair.senate.name)];
      return msg(str`${bidi(reason.municipality)}, ward ${bidi(reason.ward)} is in the ${house} House district and the ${senate} Senate district.`);
    }
    case 'precinct': {
      const [house, senate] = [bidi(reason.pair.house.name), bidi(reason.pair.senate.name)];
      return reason.ward !== null
        ? msg(str`${bidi(reason.municipality)}, ward ${bidi(reason.ward)}, precinct ${bidi(reason.precinct)} is in the ${house} House district and the ${senate} Senate district.`)
        : msg(str`${bidi(reason.municipality)}, precinct ${bidi(reason.precinct)} is in the ${house} House district and the ${senate} Senate district.`);
    }
    case 'address':
      return msg(str`Your address is in the ${bidi(reason.pair.house.name)} House district and the ${bidi(reason.pair.senate.name)} Senate district.`);
    case 'chosen': {
      const picked = reason.picks.map((district) => {
        const name = bidi(district.member?.name ?? '');
        return district.chamber === 'house'
          ? msg(str`You chose ${name}, the representative for the ${bidi(district.name)} district.`)
          : msg(str`You chose ${name}, the senator for the ${bidi(district.name)} district.`);
      });
      const known = reason.known.map((district) =>
        district.chamber === 'house'
          ? msg(str`All of ${bidi(reason.municipality)} is in the ${bidi(district.name)} House district.`)
          : msg(str`All of ${bidi(reason.municipality)} is in the ${bidi(district.name)} Senate district.`),
      );
      return [...picked, ...known].join(' ');
    }
  }
}
