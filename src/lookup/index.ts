// Offline legislator lookup: no DOM, no network. See data.ts for the data format.

export {
  LEGISLATORS_AS_OF,
  DISTRICTS_AS_OF,
  GENERAL_COURT,
  NO_WARD,
  profileUrl,
  FIND_MY_LEGISLATOR_URL,
  type Chamber,
  type District,
  type DistrictPair,
  type Legislator,
} from './data.js';
export { loadTables, tablesLoaded } from './tables.js';
export { findDistrictByName, findDistrictsByName, allDistricts, allLegislators } from './districts.js';
export {
  resolveTown,
  resolveWard,
  resolvePrecinct,
  findMunicipality,
  allMunicipalities,
  normalizeLabel,
  type TownResolution,
  type SingleTown,
  type SplitTown,
} from './towns.js';
export { searchTowns, suggestTowns, editDistance, type TownMatch, type TownSuggestion } from './search.js';
export { fillTemplate, templatePlaceholders, missingPlaceholders, type TemplateValues } from './template.js';
export { foldWords, foldCompact, districtKey, ordinalNumeral, ordinalWords } from './normalize.js';
export { generalCourt, generalCourtOn, hasEnded, bostonDate, sessionYears, parseCourtNumber, firstWednesdayOfJanuary, type GeneralCourt } from './session.js';
export { loadOffices, officesLoaded } from './tables.js';
export {
  parseAlsoContact,
  resolveAlsoContact,
  findCommittee,
  allCommittees,
  currentGovernor,
  MAX_TOKENS,
  type AlsoContact,
  type Committee,
  type CommitteeChamber,
  type Extra,
  type ExtraKind,
  type Governor,
  type Office,
} from './offices.js';
