/**
 * US states as Washington copy writes them after a lawmaker's party ("Sen. Ann Roe (D-Ore.)"; only the
 * bracketed form is read, not "Rep. Tom Hale, R-Texas,"): AP abbreviations, postal codes and the names AP
 * never shortens, each with the state's name as "the Oregon Democrat" says it.
 */
const STATES: readonly (readonly [string, readonly string[]])[] = [
  ['Alabama', ['Ala.', 'AL']],
  ['Alaska', ['Alaska', 'AK']],
  ['Arizona', ['Ariz.', 'AZ']],
  ['Arkansas', ['Ark.', 'AR']],
  ['California', ['Calif.', 'CA']],
  ['Colorado', ['Colo.', 'CO']],
  ['Connecticut', ['Conn.', 'CT']],
  ['Delaware', ['Del.', 'DE']],
  ['Florida', ['Fla.', 'FL']],
  ['Georgia', ['Ga.', 'GA']],
  ['Hawaii', ['Hawaii', 'HI']],
  ['Idaho', ['Idaho', 'ID']],
  ['Illinois', ['Ill.', 'IL']],
  ['Indiana', ['Ind.', 'IN']],
  ['Iowa', ['Iowa', 'IA']],
  ['Kansas', ['Kan.', 'Kans.', 'KS']],
  ['Kentucky', ['Ky.', 'KY']],
  ['Louisiana', ['La.', 'LA']],
  ['Maine', ['Maine', 'ME']],
  ['Maryland', ['Md.', 'MD']],
  ['Massachusetts', ['Mass.', 'MA']],
  ['Michigan', ['Mich.', 'MI']],
  ['Minnesota', ['Minn.', 'MN']],
  ['Mississippi', ['Miss.', 'MS']],
  ['Missouri', ['Mo.', 'MO']],
  ['Montana', ['Mont.', 'MT']],
  ['Nebraska', ['Neb.', 'Nebr.', 'NE']],
  ['Nevada', ['Nev.', 'NV']],
  ['New Hampshire', ['N.H.', 'NH']],
  ['New Jersey', ['N.J.', 'NJ']],
  ['New Mexico', ['N.M.', 'NM']],
  ['New York', ['N.Y.', 'NY']],
  ['North Carolina', ['N.C.', 'NC']],
  ['North Dakota', ['N.D.', 'ND']],
  ['Ohio', ['Ohio', 'OH']],
  ['Oklahoma', ['Okla.', 'OK']],
  ['Oregon', ['Ore.', 'Oreg.', 'OR']],
  ['Pennsylvania', ['Pa.', 'Penn.', 'PA']],
  ['Rhode Island', ['R.I.', 'RI']],
  ['South Carolina', ['S.C.', 'SC']],
  ['South Dakota', ['S.D.', 'SD']],
  ['Tennessee', ['Tenn.', 'TN']],
  ['Texas', ['Texas', 'Tex.', 'TX']],
  ['Utah', ['Utah', 'UT']],
  ['Vermont', ['Vt.', 'VT']],
  ['Virginia', ['Va.', 'VA']],
  ['Washington', ['Wash.', 'WA']],
  ['West Virginia', ['W.Va.', 'W.V.', 'WV']],
  ['Wisconsin', ['Wis.', 'Wisc.', 'WI']],
  ['Wyoming', ['Wyo.', 'WY']],
];

/** A state's abbreviation (with or without its stop) or name, to its name. */
export const US_STATES: ReadonlyMap<string, string> = new Map(
  STATES.flatMap(([name, forms]) =>
    [name, ...forms].map((f): [string, string] => [f.replace(/\.$/, ''), name]),
  ),
);

/** The party letter before a state ("D-Ore."), as "the Oregon Democrat" says it. */
export const US_PARTY_LETTERS: ReadonlyMap<string, string> = new Map([
  ['D', 'Democrat'],
  ['R', 'Republican'],
  ['I', 'Independent'],
]);
