// A slice of ma-precincts-districts-2022.csv (Secretary of the Commonwealth's 2022 returns via
// github.com/bwbensonjr/ma-wards-precincts), copied as written so the precinct tests run without
// the shared data: lettered sub-precincts in another district than their parent, Boston wards,
// letter-labelled precincts (Springfield D1, New Bedford B1), Lawrence's lettered wards, towns
// without wards, labels with no parent (Braintree 1A), unsplit towns with and without wards.
// District names keep the CSV's spelling (words, "&") on purpose: the tests look them up by name.

export interface PrecinctRow {
  readonly town: string;
  /** "-" in towns without wards, as in the source. */
  readonly ward: string;
  readonly precinct: string;
  readonly house: string;
  readonly senate: string;
}

export const PRECINCT_SAMPLE: readonly PrecinctRow[] = [
  { town: 'Abington', ward: '-', precinct: '1', house: 'Seventh Plymouth', senate: 'Norfolk and Plymouth' },
  { town: 'Tisbury', ward: '-', precinct: '1', house: 'Barnstable, Dukes and Nantucket', senate: 'Cape and Islands' },
  { town: 'Gosnold', ward: '-', precinct: '1', house: 'Barnstable, Dukes and Nantucket', senate: 'Cape and Islands' },
  { town: 'Beverly', ward: '1', precinct: '1', house: 'Sixth Essex', senate: 'Second Essex' },
  { town: 'Pittsfield', ward: '7', precinct: 'B', house: 'Second Berkshire', senate: 'Berkshire, Hampden, Franklin & Hampshire' },
  { town: 'Northampton', ward: '3', precinct: 'A', house: 'First Hampshire', senate: 'Hampshire, Franklin and Worcester' },
  { town: 'Boston', ward: '1', precinct: '1', house: 'First Suffolk', senate: 'Third Suffolk' },
  { town: 'Boston', ward: '3', precinct: '13', house: 'Third Suffolk', senate: 'Third Suffolk' },
  { town: 'Boston', ward: '3', precinct: '13A', house: 'Third Suffolk', senate: 'First Suffolk' },
  { town: 'Boston', ward: '4', precinct: '10', house: 'Seventh Suffolk', senate: 'Suffolk and Middlesex' },
  { town: 'Boston', ward: '4', precinct: '10A', house: 'Second Suffolk', senate: 'Suffolk and Middlesex' },
  { town: 'Boston', ward: '6', precinct: '12', house: 'Fourth Suffolk', senate: 'First Suffolk' },
  { town: 'Boston', ward: '6', precinct: '12A', house: 'First Suffolk', senate: 'First Suffolk' },
  { town: 'Boston', ward: '10', precinct: '9', house: 'Fifteenth Suffolk', senate: 'Second Suffolk' },
  { town: 'Boston', ward: '10', precinct: '9A', house: 'Tenth Suffolk', senate: 'Norfolk and Suffolk' },
  { town: 'Boston', ward: '18', precinct: '22', house: 'Fourteenth Suffolk', senate: 'Norfolk and Suffolk' },
  { town: 'Boston', ward: '22', precinct: '13', house: 'Eighteenth Suffolk', senate: 'Suffolk and Middlesex' },
  { town: 'Boston', ward: '19', precinct: '8', house: 'Tenth Suffolk', senate: 'Norfolk and Suffolk' },
  { town: 'Cambridge', ward: '1', precinct: '2', house: 'Second Suffolk', senate: 'Middlesex and Suffolk' },
  { town: 'Cambridge', ward: '1', precinct: '2A', house: 'Eighteenth Suffolk', senate: 'Middlesex and Suffolk' },
  { town: 'Cambridge', ward: '1', precinct: '3', house: 'Twenty-Sixth Middlesex', senate: 'Middlesex and Suffolk' },
  { town: 'Cambridge', ward: '11', precinct: '3A', house: 'Twenty-Ninth Middlesex', senate: 'Second Middlesex' },
  { town: 'Cambridge', ward: '10', precinct: '1A', house: 'Twenty-Fifth Middlesex', senate: 'Second Middlesex' },
  { town: 'Chicopee', ward: '3', precinct: 'A', house: 'Sixth Hampden', senate: 'Hampden' },
  { town: 'Chicopee', ward: '3', precinct: 'A1', house: 'Fifth Hampden', senate: 'Hampden' },
  { town: 'Springfield', ward: '6', precinct: 'D', house: 'Second Hampden', senate: 'Hampden, Hampshire & Worcester' },
  { town: 'Springfield', ward: '6', precinct: 'D1', house: 'Eleventh Hampden', senate: 'Hampden' },
  { town: 'Springfield', ward: '7', precinct: 'H1', house: 'Twelfth Hampden', senate: 'Hampden, Hampshire & Worcester' },
  { town: 'Springfield', ward: '8', precinct: 'G1', house: 'Ninth Hampden', senate: 'Hampden' },
  { town: 'New Bedford', ward: '1', precinct: 'A', house: 'Tenth Bristol', senate: 'Second Bristol and Plymouth' },
  { town: 'New Bedford', ward: '1', precinct: 'A1', house: 'Eleventh Bristol', senate: 'Second Bristol and Plymouth' },
  { town: 'New Bedford', ward: '1', precinct: 'B1', house: 'Eighth Bristol', senate: 'Second Bristol and Plymouth' },
  { town: 'New Bedford', ward: '3', precinct: 'F1', house: 'Eleventh Bristol', senate: 'Second Bristol and Plymouth' },
  { town: 'Lawrence', ward: 'A', precinct: '2', house: 'Fourth Essex', senate: 'First Essex' },
  { town: 'Lawrence', ward: 'A', precinct: '2A', house: 'Sixteenth Essex', senate: 'First Essex' },
  { town: 'Lawrence', ward: 'E', precinct: '1A', house: 'Sixteenth Essex', senate: 'First Essex' },
  { town: 'Lunenburg', ward: '-', precinct: 'B', house: 'Third Worcester', senate: 'Worcester and Middlesex' },
  { town: 'Lunenburg', ward: '-', precinct: 'B1', house: 'First Middlesex', senate: 'Worcester and Middlesex' },
  { town: 'Lunenburg', ward: '-', precinct: 'C1', house: 'Third Worcester', senate: 'Worcester and Middlesex' },
  { town: 'Braintree', ward: '-', precinct: '1A', house: 'Fifth Norfolk', senate: 'Norfolk, Plymouth & Bristol' },
  { town: 'Braintree', ward: '-', precinct: '6B', house: 'Fifth Norfolk', senate: 'Norfolk, Plymouth & Bristol' },
  { town: 'Chelmsford', ward: '-', precinct: '3A', house: 'Sixteenth Middlesex', senate: 'Third Middlesex' },
  { town: 'Framingham', ward: '-', precinct: '21C', house: 'Seventh Middlesex', senate: 'Middlesex and Norfolk' },
  { town: 'Framingham', ward: '-', precinct: '9B', house: 'Sixth Middlesex', senate: 'Middlesex and Norfolk' },
  { town: 'Attleboro', ward: '3', precinct: 'B', house: 'Fourteenth Bristol', senate: 'Bristol and Norfolk' },
  { town: 'Brockton', ward: '7', precinct: 'D', house: 'Eleventh Plymouth', senate: 'Second Plymouth & Norfolk' },
  { town: 'Fall River', ward: '9', precinct: 'C', house: 'Sixth Bristol', senate: 'First Bristol and Plymouth' },
  { town: 'Monson', ward: '-', precinct: 'A', house: 'Twelfth Hampden', senate: 'Worcester & Hampden' },
  { town: 'Ware', ward: '-', precinct: 'C', house: 'First Hampden', senate: 'Worcester & Hampshire' },
  { town: 'Haverhill', ward: '1', precinct: '2A', house: 'Third Essex', senate: 'Second Essex and Middlesex' },
  { town: 'Haverhill', ward: '5', precinct: '1A', house: 'Fifteenth Essex', senate: 'First Essex' },
  { town: 'Haverhill', ward: '6', precinct: '2A', house: 'Third Essex', senate: 'First Essex' },
  { town: 'Worcester', ward: '4', precinct: '2', house: 'Fifteenth Worcester', senate: 'First Worcester' },
  { town: 'Worcester', ward: '4', precinct: '2A', house: 'Fifteenth Worcester', senate: 'Second Worcester' },
  { town: 'Worcester', ward: '7', precinct: '5A', house: 'Seventeenth Worcester', senate: 'Second Worcester' },
  { town: 'Brookline', ward: '-', precinct: '13A', house: 'Twelfth Middlesex', senate: 'Norfolk & Middlesex' },
  { town: 'Brookline', ward: '-', precinct: '14A', house: 'Seventeenth Suffolk', senate: 'Norfolk & Middlesex' },
  { town: 'Brookline', ward: '-', precinct: '5A', house: 'Fifteenth Norfolk', senate: 'Norfolk & Middlesex' },
  { town: 'Acton', ward: '-', precinct: '6A', house: 'Thirty-Seventh Middlesex', senate: 'Middlesex and Worcester' },
  { town: 'Stoughton', ward: '-', precinct: '8A', house: 'Eighth Norfolk', senate: 'Norfolk, Plymouth & Bristol' },
  { town: 'Weymouth', ward: '-', precinct: '9A', house: 'Fourth Norfolk', senate: 'First Plymouth & Norfolk' },
  { town: 'Westfield', ward: '2', precinct: 'A1', house: 'Sixth Hampden', senate: 'Hampden and Hampshire' },
  { town: 'Taunton', ward: '4', precinct: 'B1', house: 'Fifth Bristol', senate: 'Third Bristol & Plymouth' },
  { town: 'Lowell', ward: '4', precinct: '3A', house: 'Seventeenth Middlesex', senate: 'First Middlesex' },
  { town: 'Everett', ward: '2', precinct: '2A', house: 'Eleventh Suffolk', senate: 'Middlesex and Suffolk' },
  { town: 'Yarmouth', ward: '-', precinct: '8A', house: 'Second Barnstable', senate: 'Cape and Islands' },
  { town: 'Wenham', ward: '-', precinct: '1A', house: 'Thirteenth Essex', senate: 'First Essex and Middlesex' },
  { town: 'Somerville', ward: '6', precinct: '3A', house: 'Thirty-Fourth Middlesex', senate: 'Second Middlesex' },
];
