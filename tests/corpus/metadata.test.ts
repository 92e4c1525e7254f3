import { describe, expect, it } from 'vitest';
import { cleanArticle, compileCleaningRules } from '../../src/corpus/clean.ts';
import { inferPageMetadata } from '../../src/corpus/metadata/index.ts';
import { dateOnLine, inferPublished } from '../../src/corpus/metadata/published.ts';
import { withoutLegalSuffix } from '../../src/corpus/metadata/outlet.ts';
import { isBylineOrStamp, isHeadlineLike, opensArticle } from '../../src/corpus/metadata/headline.ts';
import { findKeyPoints } from '../../src/corpus/metadata/keyPoints.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';
import { testConfig } from '../helpers/corpus.ts';

const rules = compileCleaningRules(testConfig().cleaning);
const metadataOf = (lines: string[]) =>
  inferPageMetadata(cleanArticle(lines.join('\n\n'), rules).lines, { isBio: (l) => rules.bio.test(l) });

const BODY = [
  'The harbour board approved the new ferry terminal on Tuesday after a two-year planning fight, officials said.',
  'Construction is expected to begin in the spring and to cost about 40 million, the board said in a statement.',
];

describe('page metadata: the title line', () => {
  it('keeps a kicker the page shows on its own line over the headline ("SKIPPER GOES AWOL: …")', () => {
    const m = metadataOf([
      'SKIPPER GOES AWOL: Harbour captain skips training again as row deepens | The Clarion',
      'Skip to main content',
      'SKIPPER GOES AWOL',
      'Harbour captain skips training again as row deepens',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('SKIPPER GOES AWOL: Harbour captain skips training again as row deepens');
  });

  it('keeps a headline that reports people signing up ("Thousands sign up to …"), not taken for a promo', () => {
    const m = metadataOf([
      'Thousands sign up to legal claim against doorbell firm Verro | The Evening Lantern',
      'The Evening Lantern',
      'Subscribe',
      'Thousands sign up to legal claim against doorbell firm Verro',
      'More than 11,000 customers join a group action after the company admits a database was exposed',
      'By Jenna Hall',
      ...BODY,
      'Sign up to our daily newsletter',
    ]);
    expect(m.title).toBe('Thousands sign up to legal claim against doorbell firm Verro');
    expect(m.outlet).toBe('The Evening Lantern');
  });

  it('drops a topic label in title case the title line puts before the headline ("Storm Ida: …")', () => {
    const m = metadataOf([
      'Storm Ida: Harbour mayor and state governor at odds over evacuation | The Clarion',
      'Skip to main content',
      'News > Weather',
      'Storm Ida',
      'Harbour mayor and state governor at odds over evacuation',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour mayor and state governor at odds over evacuation');
  });

  it('reads the date of a row whose first part is the stamp ("05/03/2026, 09:47 | Author: … | Translated …")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | The Clarion',
      'Harbour board approves new ferry terminal',
      '21/03/2026, 09:47   |   Author: Jane Marlow, Harbourside   |   Translated from the Russian by the Clarion Herald editorial team',
      ...BODY,
    ]);
    expect(m.published).toBe('2026-03-21');
  });

  it('takes no timeline entry for the date, and reads a note that the article "appeared" on a date', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | The Clarion',
      'Harbour board approves new ferry terminal',
      'Clarion News Desk | 2 hours ago',
      ...BODY,
      'Timeline',
      '- June 2, 2026: planning hearing in the town hall',
      'This article appeared in the print edition of The Clarion on 19/03/2026.',
    ]);
    expect(m.published).toBe('2026-03-19');
  });

  it('keeps "Media" that is part of the name the title line gives ("… - Tamarack Public Media")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Tamarack Public Media',
      'Home',
      'News',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      '© 2025 Tamarack Public Media',
    ]);
    expect(m.outlet).toBe('Tamarack Public Media');
  });

  it('takes the headline the page shows where the title line adds a label in brackets ("… (transcript)")', () => {
    const m = metadataOf([
      'Ep. 12: The ferryman who kept the logbook (transcript) | Harbour Talk',
      'HARBOUR TALK',
      'A podcast about the sea and the people who work on it',
      'Episodes',
      'Ep. 12: The ferryman who kept the logbook',
      'Season 2 · Episode 12 · 44 min',
      ...BODY,
    ]);
    expect(m.title).toBe('Ep. 12: The ferryman who kept the logbook');
  });

  it('takes the headline the page shows where the title line opens with the kind of piece ("Analysis: …")', () => {
    const m = metadataOf([
      'Analysis: The ferry fight was never really about boats - Harbour Current',
      'Opinion & Analysis',
      'ANALYSIS',
      'The ferry fight was never really about boats',
      ...BODY,
    ]);
    expect(m.title).toBe('The ferry fight was never really about boats');
  });

  it('takes the headline the page shows where the title only lengthens it, past a market ticker', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal over fierce objections | Coastal Gazette',
      'Sydney 24° | Melbourne 19°',
      'ASX 200 \u25B2 0.4% | AUD 64.9 US cents',
      'Harbour board approves new ferry terminal',
      'Updated Tuesday 17 March 2026 — 7.18pm',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });

  it('takes the headline a press release shows under its title "News Release: …"', () => {
    const m = metadataOf([
      'News Release: Authority Orders Ferry Terminal Closed - Harbour Authority of Wessmark',
      'FOR IMMEDIATE RELEASE',
      'Authority Orders Ferry Terminal Closed',
      ...BODY,
    ]);
    expect(m.title).toBe('Authority Orders Ferry Terminal Closed');
  });

  it('takes the spelling with accents where the title line left them out ("Sgurr Mor" over "Sgùrr Mòr")', () => {
    const m = metadataOf([
      'Sgurr Mor repairs to take three weeks - Tonn Radio',
      'Sgùrr Mòr repairs to take three weeks',
      ...BODY,
    ]);
    expect(m.title).toBe('Sgùrr Mòr repairs to take three weeks');
  });

  it('does not take "The" from a sentence opening after a dateline\'s dash ("PORT HALLAM - The Harbour Authority today …")', () => {
    const m = metadataOf([
      'Authority orders ferry terminal closed | Harbour Authority of Wessmark',
      'Harbour Authority of Wessmark',
      'News releases',
      'Authority orders ferry terminal closed',
      'PORT HALLAM, WESS. - The Harbour Authority of Wessmark today ordered the ferry terminal closed.',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Harbour Authority of Wessmark');
  });

  it("takes a public body's long full name after the title line's separator as the site", () => {
    const m = metadataOf([
      'Transcript: Regular Press Briefing by Spokesperson Ilsa Varn | Ministry of Harbours and Fisheries of the Republic of Wessmark',
      'Ministry of Harbours and Fisheries',
      'Republic of Wessmark',
      'Transcript: Regular Press Briefing by Spokesperson Ilsa Varn',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Ministry of Harbours and Fisheries of the Republic of Wessmark');
    expect(m.title).toBe('Transcript: Regular Press Briefing by Spokesperson Ilsa Varn');
  });

  it('takes the site name before the edition it names ("… | Le Courrier Atlantique – English edition")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Le Courrier Atlantique – English edition',
      'Le Courrier Atlantique',
      'English edition',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Le Courrier Atlantique');
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });

  it('takes the site name before what the site says of itself ("… | Harbour Rovers – Official Website")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Harbour Rovers – Official Website',
      'Home',
      'News',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Harbour Rovers');
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });

  it('names a wire by its name, not by its initials before it on the masthead ("CPW Consolidated Press Wire")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Consolidated Press Wire',
      'CPW Consolidated Press Wire',
      'U.S. | World | Politics | Business',
      'Harbour board approves new ferry terminal',
      ...BODY,
      'Copyright 2025 Consolidated Press Wire. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Consolidated Press Wire');
  });

  it('drops initials that take in letters inside a word of the name ("HEW Harbour Eastwire")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | HEW Harbour Eastwire',
      'HEW  HARBOUR EASTWIRE',
      'Harbour board approves new ferry terminal',
      ...BODY,
      '© 2025 Harbour Eastwire Media Ltd. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Harbour Eastwire');
  });

  it('names a station by its masthead, not by the city its site title adds ("… | KTRV 9 News Dunmere")', () => {
    const page = (masthead: string) =>
      metadataOf([
        'Harbour board approves new ferry terminal | KTRV 9 News Dunmere',
        masthead,
        'Harbour board approves new ferry terminal',
        'By Jane Marlow, KTRV 9 News',
        ...BODY,
      ]);
    expect(page('KTRV 9 NEWS | DUNMERE').outlet).toBe('KTRV 9 News');
    expect(page('KTRV 9 NEWS | Your Dunmere News Leader').outlet).toBe('KTRV 9 News');
    // A place the page never names beside its masthead or in a dateline may be part of the name.
    expect(page('KTRV 9 NEWS | Your News Leader').outlet).toBe('KTRV 9 News Dunmere');
  });

  it('names an outlet without its edition\'s country ("… | The Beacon US" under "THE BEACON")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | The Beacon US',
      'THE BEACON',
      'Harbour board approves new ferry terminal',
      ...BODY,
    ]);
    expect(m.outlet).toBe('The Beacon');
  });

  it("names a newsletter by its own name, not by its writer's copyright", () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'Quaywatch',
      'Subscribe',
      'Quaywatch',
      'A newsletter about the harbour and who runs it.',
      'Harbour board approves new ferry terminal',
      'Juniper Abbot',
      'Jun 11, 2025',
      ...BODY,
      'Thanks for reading Quaywatch! Subscribe for free to receive new posts.',
      '© 2025 Juniper Abbot',
    ]);
    expect(m.outlet).toBe('Quaywatch');
  });

  it('takes the site between the headline and a tagline ("Headline :: Site - the fan site of …")', () => {
    const m = metadataOf([
      'PARADE DAY: 22,000 pack the streets as the captain lifts the Cup :: Stingray Lane - the Skelby fan site',
      'Home',
      'News',
      'PARADE DAY: 22,000 pack the streets as the captain lifts the Cup',
      ...BODY,
    ]);
    expect(m.title).toBe('PARADE DAY: 22,000 pack the streets as the captain lifts the Cup');
    expect(m.outlet).toBe('Stingray Lane');
  });

  it('takes the headline without the site suffix and the outlet from the suffix', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Coastal Gazette',
      'Home',
      'News',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
    expect(m.outlet).toBe('Coastal Gazette');
  });

  it('skips section names between the headline and the site', () => {
    const m = metadataOf([
      'Ferry terminal: board says yes after long fight | Local News | Breaking News | Coastal Gazette',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry terminal: board says yes after long fight');
    expect(m.outlet).toBe('Coastal Gazette');
  });

  it('keeps a dash inside a headline that has no site after it', () => {
    const m = metadataOf(['Ferry vote - what happens next for the harbour', ...BODY]);
    expect(m.title).toBe('Ferry vote - what happens next for the harbour');
  });
});

describe('page metadata: the outlet as a reader says it', () => {
  it('prefers the site name to the legal owner in the copyright line', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Coastal Gazette',
      ...BODY,
      '© 2024 Northern Shore Publications Ltd. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Coastal Gazette');
  });

  it('gives the full name a line of its own writes for a title line\'s short "The Chronicle"', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | The Chronicle',
      'Subscribe',
      'The Cormorant Harbour Chronicle',
      ...BODY,
    ]);
    expect(m.outlet).toBe('The Cormorant Harbour Chronicle');
  });

  it('drops legal suffixes from a copyright name', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      ...BODY,
      '© Copyright of Riverside Courier Media Group Limited 2024',
    ]);
    expect(m.outlet).toBe('Riverside Courier');
    expect(withoutLegalSuffix('Meridian Holdings, Inc.').name).toBe('Meridian');
  });

  it('writes a domain as the brand when the page names the brand on its own', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Meridian.com',
      `PORTHAVEN (Meridian) — ${BODY[0]}`,
    ]);
    expect(m.outlet).toBe('Meridian');
    const kept = metadataOf(['Harbour board approves new ferry terminal | Shore.com', ...BODY]);
    expect(kept.outlet).toBe('Shore.com');
  });

  it('names a section\'s run-together domain by the brand its byline gives ("MeridianPolitics.com" → "Meridian")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - MeridianPolitics.com',
      'By Jane Marlow, Meridian',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Meridian');
    const unattested = metadataOf([
      'Harbour board approves new ferry terminal - MeridianPolitics.com',
      ...BODY,
    ]);
    expect(unattested.outlet).toBe('MeridianPolitics.com');
  });

  it('names a section\'s site by the brand the page gives alone ("Meridian Politics" → "Meridian")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Meridian Politics',
      'By Jane Marlow and Tom Ruiz, Meridian',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Meridian');
    const unattested = metadataOf(['Harbour board approves new ferry terminal | Meridian Politics', ...BODY]);
    expect(unattested.outlet).toBe('Meridian Politics');
  });

  it('names a company\'s newsroom by the company the page gives alone ("Halvard Ports Newsroom" → "Halvard Ports")', () => {
    const m = metadataOf([
      'Halvard Ports announces recovery fund - Halvard Ports Newsroom',
      'Halvard Ports',
      'Outage Center',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Halvard Ports');
  });

  it('spells out the initials of a place that open the name, as the page writes it ("PH Courier")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - PH Courier',
      'Dock workers at the terminal site. Ana Ruiz / Port Haven Courier',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Port Haven Courier');
    // Written nowhere in full: the initials stay; nor do other capitalised words before the rest count.
    const bare = metadataOf([
      'Harbour board approves new ferry terminal - PH Courier',
      'The Pier Cafe Courier said nothing.',
      ...BODY,
    ]);
    expect(bare.outlet).toBe('PH Courier');
  });

  it('takes the full name on a line of its own where the title line gives the brand ("Meridian" / "Meridian News")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Meridian',
      'Meridian News',
      'Home',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Meridian News');
    const sister = metadataOf([
      'Harbour board approves new ferry terminal - Meridian',
      'Meridian Radio',
      'Home',
      ...BODY,
    ]);
    expect(sister.outlet).toBe('Meridian');
  });

  it("names the owner's publication its links open with, not the company in the copyright line", () => {
    const page = (links: string[]) => [
      'Harbour board approves new ferry terminal',
      ...links,
      'By Jane Marlow',
      ...BODY,
      '© 2026 MeridianUniversal Media, LLC',
    ];
    expect(metadataOf(page(['Meridian News Now', 'Meridian Select', 'Meridian News Site Map'])).outlet).toBe(
      'Meridian News',
    );
    // Named so once only: the owner stays.
    expect(metadataOf(page(['Meridian News Now', 'Weather', 'Travel'])).outlet).toBe('MeridianUniversal');
  });

  it("takes the masthead's full name when the suffix is its short form", () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Weekly',
      'Harbor Weekly',
      'Home',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Harbor Weekly');
  });

  it('adds "The" only where the page capitalises it inside a line', () => {
    const withThe = metadataOf([
      'Harbour board approves new ferry terminal | Coastal Gazette',
      ...BODY,
      'The chairman told The Coastal Gazette that work would start soon.',
    ]);
    expect(withThe.outlet).toBe('The Coastal Gazette');
    const without = metadataOf([
      'Harbour board approves new ferry terminal | Coastal Gazette',
      ...BODY,
      'The chairman told the Coastal Gazette that work would start soon.',
    ]);
    expect(without.outlet).toBe('Coastal Gazette');
  });

  it('reads "originally published on" as the outlet', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      ...BODY,
      'Originally published on Tide Science.',
    ]);
    expect(m.outlet).toBe('Tide Science');
  });

  it("takes the masthead, not the writer's job after the byline's comma", () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'Valemont Gazette',
      'Login',
      'News',
      'Harbour board approves new ferry terminal',
      'By Ola Brandt, Business Reporter',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Valemont Gazette');
  });

  it('does not take a section label in capitals for the masthead', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'HARBOUR NEWS',
      'Harbour board approves new ferry terminal',
      ...BODY,
      'Originally published on Tide Science.',
    ]);
    expect(m.outlet).toBe('Tide Science');
  });

  it('does not take a search box that names the site for its masthead', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | TideBrief',
      'TideBrief',
      'Search TideBrief',
      'Harbour board approves new ferry terminal',
      ...BODY,
    ]);
    expect(m.outlet).toBe('TideBrief');
  });

  it('names an agency in full when the line under its initials spells them out', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | NWA',
      'NWA',
      'Northern Wire Agency',
      'World',
      'Harbour board approves new ferry terminal',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Northern Wire Agency');
    const copyrightOnly = metadataOf([
      'Harbour board approves new ferry terminal | NWA',
      ...BODY,
      '© 2025 Northern Wire Agency. All rights reserved.',
    ]);
    expect(copyrightOnly.outlet).toBe('NWA');
  });
});

describe('page metadata: a site title run together, initials and a hosting site', () => {
  it('writes a run-together site name apart where the page does ("TheLedger" → "The Ledger")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | TheLedger',
      ...BODY,
      "The board did not respond to The Ledger's request for comment.",
    ]);
    expect(m.outlet).toBe('The Ledger');
  });

  it('writes a site name run together as a domain apart where the page does ("HarbourNews.com")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | HarbourNews.com',
      ...BODY,
      'The board told Harbour News that construction would start in spring.',
    ]);
    expect(m.outlet).toBe('Harbour News');
  });

  it('reads a section site under its brand when the dateline names the brand ("MNNPolitics", "(MNN)")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - MNNPolitics',
      `Porthaven (MNN) — ${BODY[0]}`,
    ]);
    expect(m.outlet).toBe('MNN');
  });

  it('names a copyright holder’s initials as the publication the page spells out on a line of its own', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      ...BODY,
      'Harbour Evening Post',
      '© 2024 HEP Holdings, Inc. All Rights Reserved',
    ]);
    expect(m.outlet).toBe('Harbour Evening Post');
  });

  it('leaves a hosting site’s title for the publisher the copyright line and dateline agree on', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Syndicated',
      `PORTHAVEN (CWS) — ${BODY[0]}`,
      BODY[1] as string,
      '© 2024 Coastal Wire Service. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Coastal Wire Service');
  });

  it('names a wire agency as its dateline does, not as its site title ("… - Pellmark News", "(Pellmark)")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Pellmark News',
      'Skip to main content',
      'Pellmark',
      `PORTHAVEN, Oct 21 (Pellmark) - ${BODY[0]}`,
      BODY[1] as string,
      'Pellmark is the news agency of Pellmark Information Group.',
      '© 2025 Pellmark Information Group plc. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Pellmark');
  });

  it('keeps the site title where the page’s masthead gives it ("PELLMARK NEWS")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Pellmark News',
      'Skip to main content',
      'PELLMARK NEWS',
      'World',
      'Business',
      `PORTHAVEN, Oct 21 (Pellmark) - ${BODY[0]}`,
      BODY[1] as string,
      '© 2025 Pellmark Media Holdings plc. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Pellmark News');
  });

  it('keeps a broadcaster’s "… - KBS News" where the page names "KBS" throughout and spells it out once', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - KBS News',
      'Skip to content',
      'KBS | Kestrel Broadcasting Service',
      'Home  News  Sport  Weather  KBS Player  KBS Sounds',
      ...BODY,
      'Elsewhere on KBS',
      'Terms of Use | About the KBS | Privacy Policy | Contact the KBS',
      'Copyright © 2025 Kestrel Broadcasting Service. The KBS is not responsible for the content of external sites.',
    ]);
    expect(m.outlet).toBe('KBS News');
  });
});

describe('page metadata: an outlet in a logo, a menu or another name', () => {
  it("takes a logo's capitals as the page writes the name elsewhere", () => {
    const m = metadataOf([
      'Skip to content',
      'TIDE LANTERN',
      'News',
      'Sport',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      'Tide Lantern | About us | Contact | Complaints',
      '© 2025 Greywater Media Ltd.',
    ]);
    expect(m.outlet).toBe('Tide Lantern');
  });

  it('takes one capitalised word only when a sentence writes it, not a menu', () => {
    const named = metadataOf([
      'SALTGLASS',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      'Saltglass is published by Greywater Scientific Publishing Ltd. All rights reserved.',
    ]);
    expect(named.outlet).toBe('Saltglass');
    const menu = metadataOf([
      'TECH',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      'TRENDING: Gadget Gifts // Drones // Military & Spy Tech // 3D Printing // Fitness Trackers',
      'Originally published on Tide Science.',
    ]);
    expect(menu.outlet).toBe('Tide Science');
  });

  it('does not take a menu word for the masthead', () => {
    const m = metadataOf([
      'News',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      'Originally published on Tide Science.',
    ]);
    expect(m.outlet).toBe('Tide Science');
  });

  it('takes a masthead without a publication word when the page names it as its publisher, not the legal owner', () => {
    const page = (masthead: string) =>
      metadataOf([
        'Skip to main content',
        `Support ${masthead}`,
        masthead,
        'News',
        'Latin America',
        'Harbour board approves new ferry terminal',
        'By Jane Marlow',
        ...BODY,
        `The plans were seen by ${masthead} last month, before the vote in Latin America's largest port.`,
        `Photograph: Tom Arce/${masthead}`,
        '\u00A9 2026 Halcombe Media Ltd. All rights reserved.',
      ]);
    expect(page('The Quayside').outlet).toBe('The Quayside');
    expect(page('NewsLine 24').outlet).toBe('NewsLine 24');
  });

  it('takes a masthead set beside its tagline, named again below, and never a login row', () => {
    const page = (top: string, byline: string, tail: string) =>
      metadataOf([
        'Skip to main content',
        top,
        'News | Sport | Business | Opinion',
        'Sign In   Register',
        'Harbour board approves new ferry terminal',
        byline,
        'March 11, 2025 9:31 AM GMT',
        ...BODY,
        tail,
        '\u00A9 2025 Halcombe Media Ltd. All rights reserved.',
      ]);
    const courier = page(
      'The Tarn Courier | Porthaven, Kestria',
      'By Jane Marlow | The Tarn Courier',
      'Ends.',
    );
    expect(courier).toMatchObject({
      outlet: 'The Tarn Courier',
      title: 'Harbour board approves new ferry terminal',
    });
    const quay = page(
      'Quayline \u2014 Trusted reporting since 1962',
      'By Jane Marlow',
      'The harbourmaster told Quayline that the ferries would keep running through the works.',
    );
    expect(quay).toMatchObject({ outlet: 'Quayline', title: 'Harbour board approves new ferry terminal' });
    // A section beside the site's name is named only in the menu: no masthead, and the owner is the outlet.
    expect(page('Sport | Athletics', 'By Jane Marlow', 'Ends.').outlet).toBe('Halcombe');
  });

  it('takes a newswire on a line of its own for the masthead, not the login row under it', () => {
    const m = metadataOf([
      'Allied Newswire',
      'Skip to main content',
      'Sign In   Register',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      '\u00A9 2025 Allied Information Group Ltd.',
    ]);
    expect(m.outlet).toBe('Allied Newswire');
  });

  it('adds no "The" from a longer name that starts with the outlet\'s', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Meridale',
      ...BODY,
      'Our standards: The Meridale Trust Principles.',
    ]);
    expect(m.outlet).toBe('Meridale');
  });
});

describe('page metadata: the name a page opens with, above its menu', () => {
  it('takes it over the company in the copyright line, cased as the page writes its words', () => {
    const m = metadataOf([
      'THE HARBOUR STANDARD',
      'News | Politics | Business | Sport',
      'Login / Register',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow, Transport Reporter',
      ...BODY,
      "Jane Marlow is the Harbour Standard's transport reporter.",
      '© 2025 Harbour Media Group Ltd. All rights reserved.',
    ]);
    expect(m.outlet).toBe('The Harbour Standard');
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });

  it('keeps the period of an abbreviated word in the name ("ST. ALDRIC GAZETTE" is the "St. Aldric Gazette")', () => {
    const m = metadataOf([
      'ST. ALDRIC GAZETTE',
      'News | Community | Sport',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      '© 2025 St. Aldric Gazette. All rights reserved.',
    ]);
    expect(m.outlet).toBe('St. Aldric Gazette');
  });

  it('reads a copyright line\'s name past "St." ("© 2025 St. Aldric Gazette.")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      ...BODY,
      '© 2025 St. Aldric Gazette.',
    ]);
    expect(m.outlet).toBe('St. Aldric Gazette');
  });

  it('takes the letters capitals cannot show from the page ("YILDIZ GAZETESI" is its "Yıldız Gazetesi")', () => {
    const m = metadataOf([
      'YILDIZ GAZETESI',
      'News | Politics | Business | Sport',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      'A harbour pilot told Yıldız Gazetesi that the quay had been closed since dawn.',
    ]);
    expect(m.outlet).toBe('Yıldız Gazetesi');
  });

  it('keeps a short word the page only writes in capitals as an initialism', () => {
    const m = metadataOf([
      'KTV NEWS',
      'Kessel Television',
      'Home   News   Weather   Traffic & Travel   Sport   iPlayer',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
      '© 2025 Kessel Television Ltd',
    ]);
    expect(m.outlet).toBe('KTV News');
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });

  it('passes over account controls in another language ("Suscríbete   Iniciar sesión")', () => {
    const m = metadataOf([
      'EL FARO',
      'Portada | Nacional | Internacional | Economía | Opinión',
      'Suscríbete   Iniciar sesión',
      'NATIONAL',
      'Protests spread to six cities as arrests reach 41',
      'The minister rules out withdrawing the fee rise, calling the protests an attempt at blackmail by the street.',
      'By Marina Echegaray',
      ...BODY,
    ]);
    expect(m.title).toBe('Protests spread to six cities as arrests reach 41');
  });

  it('names an initialism in full when its tagline spells it out', () => {
    const m = metadataOf([
      'CPS | Coastal Press Service',
      'World   Politics   Business   Climate',
      'Log In   Sign Up',
      'Harbour board approves new ferry terminal',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Coastal Press Service');
  });

  it('names in full an initialism and its last word from the title line ("CPN News") that the masthead spells out', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal after two-year fight - CPN News',
      'CPN | Coastal Press News',
      'Listen Live',
      'Schedule',
      'News',
      'Harbour board approves new ferry terminal after two-year fight',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Coastal Press News');
  });

  it('is no headline, nor is the tagline under it; a question over a byline is', () => {
    const m = metadataOf([
      'Portwise',
      'Analysis and commentary on shipping',
      'Home   Analysis   Interviews   About   Donate',
      'Sign in / Create account',
      'What went wrong at the harbour - and can the terminal be saved?',
      'By Jane Marlow',
      ...BODY,
      '© Portwise Media Trust 2025. Some rights reserved.',
    ]);
    expect(m.outlet).toBe('Portwise');
    expect(m.title).toBe('What went wrong at the harbour - and can the terminal be saved?');
  });

  it('is not a first line that runs on as a sentence, nor one with no menu under it', () => {
    const m = metadataOf(['Harbour board approves new ferry terminal', 'By Jane Marlow', ...BODY]);
    expect(m.outlet).toBeUndefined();
  });
});

describe('page metadata: a copyright line', () => {
  it('reads the owner without "All rights reserved" and without a legal form of any country', () => {
    for (const [line, want] of [
      ['© 2025 Editorial Costera S.A. All rights reserved.', 'Editorial Costera'],
      ['Copyright © 2025 Porthaven Ledger Media B.V. All rights reserved.', 'Porthaven Ledger'],
      ['© Harbour Voice Community Interest Company 2025', 'Harbour Voice'],
      ['© 2026 Fjordvik Lokalradio AS. All rights reserved.', 'Fjordvik Lokalradio'],
      ['© 2026 Sjöstad Tidningar AB', 'Sjöstad Tidningar'],
      ['© 2026 Saaristo Media Oyj', 'Saaristo'],
    ] as const) {
      const m = metadataOf(['Harbour board approves new ferry terminal', 'By Jane Marlow', ...BODY, line]);
      expect(m.outlet).toBe(want);
    }
  });

  it("does not take the writer's job after a byline's comma for the outlet", () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'By Jane Marlow, Head of Consumer Advice',
      ...BODY,
    ]);
    expect(m.outlet).toBeUndefined();
  });
});

describe('page metadata: the headline readers see', () => {
  it('is not the masthead, a menu, a login link, a temperature or a time', () => {
    const m = metadataOf([
      'Coastal Gazette',
      'News Sport Business Lifestyle Opinion Weather Puzzles',
      'Login / Register',
      'Porthaven, UK 14°',
      '10:42 GMT',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });

  it('may give a temperature itself, over its standfirst ("Kelvale at 48.6°C: hottest day in five decades …")', () => {
    const m = metadataOf([
      'Coastal Gazette',
      'News Sport Business Lifestyle Opinion Weather Puzzles',
      'Porthaven, UK 14°',
      'Kelvale at 48.6°C: hottest day in five decades as the heat toll reaches 19',
      'Labour office bans outdoor work in afternoon hours till May 31',
      'Gazette News Service',
      'Posted: 20 May 2026 | 07:05 PM',
      ...BODY,
    ]);
    expect(m.title).toBe('Kelvale at 48.6°C: hottest day in five decades as the heat toll reaches 19');
  });

  it('ends on a quoted word without being prose, and is never the bracketed credits of a wire story nor a list point', () => {
    const headline =
      'Harbour board approves terminal as chair tells inquiry the objectors were "heard in full"';
    expect(opensArticle(headline)).toBe(false);
    expect(isHeadlineLike(headline)).toBe(true);
    expect(isHeadlineLike('(Reporting by Jane Marlow; Editing by Tom Hale)')).toBe(false);
    expect(isHeadlineLike('- Prime Minister Orrin Talby paid tribute in parliament')).toBe(false);
  });

  it("stands above a key-points list on a live page, not the first entry's title under it", () => {
    const page = [
      'Coastal News',
      '',
      'Home | News | Live | Politics | Sport',
      '',
      'LIVE',
      '',
      'Harbour inquiry: tribunal finds authority negligent as fine is set for July',
      '',
      'Summary',
      '- The tribunal found the harbour authority negligent over the grounding',
      '- A fine of 2 million crowns will be set at a hearing on 14 July',
      '- The authority said it would not appeal',
      '',
      'Live reporting by Jane Marlow',
      '',
      'Last updated 9 October 2025, 16:48 BST',
      '',
      '16:10',
      '"We accept the findings"',
      '',
      ...BODY,
    ].join('\n');
    const m = inferPageMetadata(cleanArticle(page, rules).lines, { isBio: (l) => rules.bio.test(l) });
    expect(m.title).toBe('Harbour inquiry: tribunal finds authority negligent as fine is set for July');
    expect(m.standfirst).toBeUndefined();
  });

  it('is not a row of skip links, nor the headline of a breaking-news ticker', () => {
    const m = metadataOf([
      'Skip to navigation | Skip to content',
      'BREAKING: Ring road closed near the roundabout after two-car collision',
      'Coastal Gazette',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });

  it.each([
    'Weather Alert: Red Flag Warning for the coastal hills until 8 PM Tuesday',
    'Traffic Alert: Ring road closed near the roundabout after two-car collision',
  ])('is not an alert banner above it: %s', (banner) => {
    const m = metadataOf([
      'Coastal 7 News',
      'Watch Live | News | Weather | Traffic | Sports',
      banner,
      'LOCAL NEWS',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });

  it('is not a row of links that are mostly furniture, nor does the row name the outlet', () => {
    const m = metadataOf([
      'Skip to main content | Skip to navigation | Large print',
      'The Dunmere Herald',
      'Home | Local | Harbour | Sport | Weather',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
    expect(m.outlet).toBe('The Dunmere Herald');
  });

  it('drops a site suffix that names the outlet from a title line below the masthead', () => {
    const m = metadataOf([
      'Skip to content',
      'The Dunmere Herald',
      'Home | Local | Harbour | Sport | Weather',
      'Ferry terminal live: board approves plan after two-year fight | The Dunmere Herald',
      'LIVE',
      'Ferry terminal live: board approves plan after two-year fight',
      'Last updated 8/12/2025 7:52 PM MDT',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry terminal live: board approves plan after two-year fight');
    expect(m.outlet).toBe('The Dunmere Herald');
    expect(m.published).toBe('2025-08-12');
  });

  it('passes over a breadcrumb of one section and a story label ("Courts › Ferry inquiry")', () => {
    const m = metadataOf([
      'The Dunmere Herald',
      'News',
      'Courts',
      'Courts › Ferry inquiry',
      '‘We were never told’, ferry inquiry hears on its first day',
      'Relatives of the missing describe a night of confusion at the harbour',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('‘We were never told’, ferry inquiry hears on its first day');
  });

  it('drops the outlet name that opens a title line ("The Dunmere Herald - Headline")', () => {
    const m = metadataOf([
      'The Dunmere Herald - Ferry terminal approved after two-year fight',
      'THE DUNMERE HERALD',
      'Home',
      'Local',
      'Harbour',
      'Ferry terminal approved after two-year fight',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry terminal approved after two-year fight');
    expect(m.outlet).toBe('The Dunmere Herald');
  });

  it('finds the title line below skip links and a menu by the headline the page repeats under it', () => {
    const m = metadataOf([
      'Skip to content',
      'Home | Local | Harbour | Sport | Weather',
      'Ferry terminal approved after two-year fight | Porthaven Lantern',
      'Ferry terminal approved after two-year fight',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry terminal approved after two-year fight');
    expect(m.outlet).toBe('Porthaven Lantern');
  });

  it('keeps a last part after " | " that is not the outlet', () => {
    const m = metadataOf([
      'The Dunmere Herald',
      'Home | Local | Harbour | Sport | Weather',
      'Ferry vote: what the board decided | Explainer',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry vote: what the board decided | Explainer');
  });

  it('is the headline the page shows when its <title> words it a little differently', () => {
    const m = metadataOf([
      'Ferry terminal live: harbour board approves new terminal after two-year fight | Coastal Gazette',
      'Home',
      'Ferry terminal: harbour board approves new terminal after two-year fight',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry terminal: harbour board approves new terminal after two-year fight');
    expect(m.outlet).toBe('Coastal Gazette');
  });

  it('is the headline over the byline and date when the page words it afresh from its <title>', () => {
    const m = metadataOf([
      'Harbour board backs ferry terminal plan | Coastal Gazette',
      'Home',
      'Ferry terminal wins board approval after two-year harbour fight',
      'Share',
      'March 3, 2026 4:10 PM ET',
      'Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry terminal wins board approval after two-year harbour fight');
    // A headline-like line sharing little with the title is another story's, even over a date.
    const other = metadataOf([
      'Harbour board backs ferry terminal plan | Coastal Gazette',
      'Home',
      'Council names new head of the city library service',
      'March 3, 2026 4:10 PM ET',
      ...BODY,
    ]);
    expect(other.title).toBe('Harbour board backs ferry terminal plan');
  });

  it('is a question that ends inside a quotation mark, over its byline', () => {
    const m = metadataOf([
      'Home',
      "Harbour chief asks the board: 'Who still wants a new ferry terminal at all?'",
      'by Jane Marlow 3 Mar 2026',
      ...BODY,
    ]);
    expect(m.title).toBe("Harbour chief asks the board: 'Who still wants a new ferry terminal at all?'");
  });

  it('is not a control of the page such as "Watch live TV" above a cookie notice', () => {
    const m = metadataOf([
      'Skip to content',
      'Home | World | Business | Politics | Video',
      'Watch live TV',
      'We use some essential cookies to make this website work and to improve our services.',
      'LIVE',
      'Harbour board approves new ferry terminal after two-year fight',
      'Updated: Wednesday 11 November 2026',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal after two-year fight');
  });

  it('is not a first line that only names the site', () => {
    const m = metadataOf([
      'News from the Coastal Gazette',
      'Home',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      'Coastal Gazette',
      ...BODY,
      '© 2024 Coastal Gazette. All rights reserved.',
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });
});

describe('page metadata: the publication date', () => {
  it('reads a paragraph opened by its date and a dash as the date line ("April 17, 2015 -- …")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'April 17, 2015 -- Imagine waiting years for a ferry terminal, only to see the plans approved on a wet Tuesday.',
      ...BODY,
    ]);
    expect(m.published).toBe('2015-04-17');
  });

  it('reads a press release opened by its dateline ("RIDGEPORT, Sept. 15, 2025 — …")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'PRESS RELEASE',
      'PORT HALLEN, Sept. 15, 2025 — The harbour board today approved the new ferry terminal after a wet Tuesday.',
      ...BODY,
    ]);
    expect(m.published).toBe('2025-09-15');
  });

  it("takes the article's stamp, not the masthead's date of today", () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Coastal Gazette',
      'Saturday 03 January 2026',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      '5:00PM GMT 31 Dec 2025',
      ...BODY,
    ]);
    expect(m.published).toBe('2025-12-31');
  });

  it('reads a stamp whose year ran into its time ("March 3, 20264:10 PM ET"), not a date in a caption', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Coastal Gazette',
      'Harbour board approves new ferry terminal',
      'March 3, 20264:10 PM ET',
      'The old ferry pier, photographed on June 18, 2019.',
      ...BODY,
    ]);
    expect(m.published).toBe('2026-03-03');
  });

  it('ignores dates in the running text, embedded posts and the copyright line', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'In a video dated May 23, 2015, the chairman said the terminal would be built on the old quay.',
      '— Porthaven Council (@porthaven) December 29, 2024',
      ...BODY,
      '© 2024 Coastal Gazette',
    ]);
    expect(m.published).toBeUndefined();
    // A short sentence of the story, under the headline where a stamp would stand, is prose too.
    const short = metadataOf([
      'Harbour board approves new ferry terminal',
      'In a video dated May 23, 2015, the chairman backed the old quay.',
      ...BODY,
    ]);
    expect(short.published).toBeUndefined();
  });

  it('takes no date from a link\'s title that names a day ("Board meeting summary: March 9, 2026")', () => {
    const m = metadataOf([
      'FOR IMMEDIATE RELEASE',
      'March 11, 2026',
      'Harbour board approves new ferry terminal',
      ...BODY,
      'Recent News',
      'Harbour board meeting summary: March 9, 2026',
    ]);
    expect(m.published).toBe('2026-03-11');
  });

  it('takes the date line under the byline, not an embedded post\'s footer stamped with a time ("10:52 PM · Mar 9, 2026")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'By Jo Marlow',
      'Tuesday, March 10, 2026',
      ...BODY,
      'Porthaven Readers @PorthavenReaders',
      'Forty speakers in and the room is still full.',
      '10:52 PM \u00B7 Mar 9, 2026',
    ]);
    expect(m.published).toBe('2026-03-10');
  });

  it('reads a long stamp that ends on a time\'s period ("… | Updated Nov. 8, 2025, 9:15 a.m.") as a stamp', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'By Ada Quill and Tor Benn | Staff Writers',
      'Nov. 7, 2025, 10:52 p.m. | Updated Nov. 8, 2025, 9:15 a.m.',
      ...BODY,
    ]);
    expect(m.published).toBe('2025-11-07');
  });

  it('has no date when the page gives no year', () => {
    expect(
      metadataOf(['Jun 13, 4:03 PM EDT', 'Harbour board approves new ferry terminal', ...BODY]).published,
    ).toBe(undefined);
  });

  it.each([
    ['08/10/2018 14:05 GMT', '2018-10-08'],
    ['Mon 8 Oct 2018 09.12 BST', '2018-10-08'],
    ['By Jane Marlow 2014-09-30T14:34:55Z', '2014-09-30'],
    ['Published 30th December 2014', '2014-12-30'],
    ['Tue Dec 30, 2014 11:44pm EST', '2014-12-30'],
    ['10/08/2018 2:05 PM EDT', '2018-10-08'],
    // A date line in the outlet's own language, on its English edition.
    ['14. März 2026, 13:10 Uhr', '2026-03-14'],
    ['Publié le 14 février 2026 à 09h12', '2026-02-14'],
    ['14 de febrero de 2026 - 13:10', '2026-02-14'],
    ['Aggiornato il 14 febbraio 2026', '2026-02-14'],
  ])('reads %s', (line, iso) => {
    expect(dateOnLine(line)).toBe(iso);
  });

  // Languages chrono-node has no parser for: their month names come from the platform's CLDR data.
  it.each([
    ['3 Kasım 2025, Pazartesi - 08:40', '2025-11-03'],
    ['3 KASIM 2025', '2025-11-03'],
    ['3 grudnia 2025, 08:40', '2025-12-03'],
    ['3. listopadu 2025', '2025-11-03'],
    ['2025. november 3. 08:40', '2025-11-03'],
    ['3 noiembrie 2025', '2025-11-03'],
    ['3. studenoga 2025.', '2025-11-03'],
    ['3 de novembre de 2025', '2025-11-03'],
  ])('reads a month named in its own language: %s', (line, iso) => {
    expect(dateOnLine(line)).toBe(iso);
  });

  it('reads no month in a word that only abbreviates one ("ago") or that two languages give different months', () => {
    expect(dateOnLine('Updated 3 hours ago | 2025')).toBe(undefined);
    // "listopada": November in Polish, October in Croatian.
    expect(dateOnLine('3 listopada 2025')).toBe(undefined);
  });

  it("dates a page by its date line in the outlet's own language", () => {
    const page = [
      'KARADERE GAZETESI',
      'Harbour board approves new ferry terminal',
      '3 Kasım 2025, Pazartesi - 08:40',
      ...BODY,
    ];
    expect(metadataOf(page).published).toBe('2025-11-03');
  });
});

describe('page metadata: a numeric date read the way the page writes dates', () => {
  const HEADLINE = 'Harbour board approves new ferry terminal';
  /** A page whose only full date is the numeric stamp under the byline, with the body lines given. */
  const published = (stamp: string, body: string[]) =>
    inferPublished([HEADLINE, 'By Jane Marlow', stamp, ...body], 0);

  it('reads it as the same date the page writes out with its month name, whatever its other dates', () => {
    const dayFirst = [
      'The board met on March 2 and again on March 9 to hear from residents of the quay.',
      'Its final vote came on Sunday 4 May 2025, after a two-year planning fight with residents of the quay.',
    ];
    expect(published('04/05/2025', dayFirst)).toBe('2025-05-04');
    const monthFirst = [
      'The board met on 2 March and again on 9 March to hear from residents of the quay.',
      'Its final vote came on Saturday, April 5, 2025, after a two-year planning fight with residents of the quay.',
    ];
    expect(published('04/05/2025', monthFirst)).toBe('2025-04-05');
  });

  it('reads it as the reading within a month of the dated events the page writes out, whatever their order', () => {
    const captions = [
      'A student walks past the halls of residence in Marlow on Sept. 29, 2025, as the term begins.',
      'Students look out of a window on Sept. 28, 2025, after the halls were locked down.',
    ];
    expect(published('02/10/2025', captions)).toBe('2025-10-02');
  });

  it('reads a date written with dashes ("12-03-2025") both ways too, settled by the page', () => {
    const body = [
      'The operator told the regulator on the evening of 11 March 2025 that the breach was wider.',
    ];
    expect(published('Press release | 12-03-2025 | 11:30', body)).toBe('2025-03-12');
    expect(published('Press release | 2025-03-12', body)).toBe('2025-03-12');
  });

  it('reads it day first where its own line tells the time on the 24-hour clock past noon', () => {
    expect(published('12/03/2025 - 21:30', ['The board met on Wednesday.'])).toBe('2025-03-12');
    expect(published('12/03/2025 9:30 PM', ['The board met on Wednesday.'])).toBe('2025-12-03');
  });

  it('reads it day first where another numeric date on the page has a day above 12', () => {
    expect(
      published('04/05/2025', [
        'The board first met on 21/03/2025 to discuss the plans, which residents of the quay have opposed for two years.',
      ]),
    ).toBe('2025-05-04');
    expect(
      published('04/05/2025', [
        'The board first met on 03/21/2025 to discuss the plans, which residents of the quay have opposed for two years.',
      ]),
    ).toBe('2025-04-05');
  });

  it('follows the order of the dates the page writes out: "2 March" or "March 2"', () => {
    expect(published('04/05/2025', ['The board first met on 2 March to discuss the plans.'])).toBe(
      '2025-05-04',
    );
    expect(published('04/05/2025', ['The board first met on March 2 to discuss the plans.'])).toBe(
      '2025-04-05',
    );
  });

  it('reads it day first on a page in British style (pounds, "Mr" without a period)', () => {
    const british = [
      'The terminal will cost £40m, Mr Hale told the board.',
      'Dr Osei said work starts soon.',
    ];
    expect(published('04/05/2025', british)).toBe('2025-05-04');
    const american = [
      'The terminal will cost $40m, Mr. Hale told the board.',
      'Dr. Osei said work starts soon.',
    ];
    expect(published('04/05/2025', american)).toBe('2025-04-05');
  });

  it('reads it day first on a page with British spellings, month first with American ones', () => {
    expect(published('09/03/2025', ['The coach refused to apologise for the colour of her language.'])).toBe(
      '2025-03-09',
    );
    expect(published('09/03/2025', ['The coach refused to apologize for the color of her language.'])).toBe(
      '2025-09-03',
    );
  });

  it("lets the line's own time zone decide over the rest of the page", () => {
    const british = ['The terminal will cost £40m, Mr Hale told the board.'];
    expect(published('04/05/2025 2:05 PM EDT', british)).toBe('2025-04-05');
    expect(published('04/05/2025 14:05 BST', ['The board met on March 2, Mr. Hale said.'])).toBe(
      '2025-05-04',
    );
  });

  it('reads it month first when the page gives no evidence', () => {
    expect(published('04/05/2025', BODY)).toBe('2025-04-05');
  });

  it('needs no evidence for a date with a part above 12', () => {
    expect(published('25/03/2025', ['The board first met on March 2, Mr. Hale said.'])).toBe('2025-03-25');
  });
});

describe('page metadata: an edition after the outlet', () => {
  it('names the outlet without a trailing "English"', () => {
    const m = metadataOf(['Harbour board approves new ferry terminal | Costal Nachrichten English', ...BODY]);
    expect(m.outlet).toBe('Costal Nachrichten');
  });

  it('reads a date written with dots day first ("12.06.2025, 07:41")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Coastal Gazette',
      'Harbour board approves new ferry terminal',
      '12.06.2025, 07:41',
      ...BODY,
    ]);
    expect(m.published).toBe('2025-06-12');
  });

  it('names the outlet without "Website" after it', () => {
    const m = metadataOf(['Islands Committee, 18 February 2026 | Harbour Parliament Website', ...BODY]);
    expect(m.outlet).toBe('Harbour Parliament');
  });

  it('names the outlet without "(English edition)"', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | El Correo Costero (English edition)',
      ...BODY,
    ]);
    expect(m.outlet).toBe('El Correo Costero');
  });
});

describe('page metadata: a date in the headline', () => {
  it('is what the page is about: the "Published" stamp under it is the page\'s date', () => {
    const m = metadataOf([
      'Minutes - Full Council - Monday, 10th March, 2025 7.00 pm | Harbour Borough Council',
      'Home | Councillors | Minutes',
      'Minutes - Full Council - Monday, 10th March, 2025 7.00 pm',
      'Published: 11/03/2025',
      ...BODY,
    ]);
    expect(m.published).toBe('2025-03-11');
  });
});

describe('page metadata: "The" of a masthead in capitals', () => {
  it('keeps the masthead\'s "THE" when the title line leaves it out', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal | Daily Beacon',
      'THE DAILY BEACON',
      'Home | News | Harbour',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.outlet).toBe('The Daily Beacon');
  });
});

describe('page metadata: the standfirst under the headline', () => {
  const page = (under: string[]) => [
    'Harbour board approves new ferry terminal | Coastal Gazette',
    'Home | News | Harbour',
    'Harbour board approves new ferry terminal',
    ...under,
    'By Jane Marlow',
    'Updated 14:05 GMT, 3 June 2025',
    ...BODY,
  ];

  it('reads the one-sentence summary written without a full stop between headline and byline', () => {
    const m = metadataOf(
      page(['Work on the 40 million terminal will start in spring after the board overruled two objections']),
    );
    expect(m.standfirst).toBe(
      'Work on the 40 million terminal will start in spring after the board overruled two objections',
    );
  });

  it('finds none where the byline follows the headline', () => {
    expect(metadataOf(page([])).standfirst).toBeUndefined();
  });

  it('reads one about a club\'s supporters: "supporters" is news, "become a supporter" a promo', () => {
    const deck =
      'Ned Ashby is the fourth manager to leave under Graham Pellow, and this time the supporters are angry';
    expect(metadataOf(page([deck])).standfirst).toBe(deck);
    expect(
      metadataOf(page(['Become a supporter of local news from 1 pound a month, cancel any time'])).standfirst,
    ).toBeUndefined();
  });

  it('takes no caption with its credit, promo, kicker or label for a standfirst', () => {
    for (const line of [
      'The harbour master, shown at the quay during the planning hearing in May (Jane Marlow/Coastal Gazette)',
      'Discover one of our 28 local newsletters for the harbour and the coast »',
      'Harbour Board Approves Terminal After Long Planning Fight Ends',
      'What the board decided at its meeting on the terminal:',
      'Ferry terminal',
    ])
      expect(metadataOf(page([line])).standfirst, line).toBeUndefined();
  });
});

describe('page metadata: the key points above a live page or report', () => {
  const page = [
    'Harbour inquiry live: tribunal finds authority negligent',
    '',
    'Key events',
    '',
    'Show key events only',
    '17.40 GMT Tribunal finds the harbour authority negligent over the grounding',
    '• 17.15 GMT Fine of 2 million crowns to be set at a hearing on 14 July',
    '',
    '18.05 GMT',
    '',
    'The tribunal sat for a third day in Corvel on Tuesday, hearing from two harbour pilots.',
    '',
    'Summary',
    '',
    'The pilots described thick fog on the morning the dredger grounded near the river mouth.',
  ].join('\n');

  it('reads points written as sentences when a live page’s first entry closes them, but not a sentence after points without stops', () => {
    const live = (points: string[]) =>
      [
        'Key points',
        ...points,
        '3:48 p.m. ET',
        'Widow speaks',
        'Lena Brandt, whose husband was among the dead, spoke to reporters outside the family home this afternoon.',
      ].join('\n');
    const sentences = [
      'The body of the second guide, Ana Roe, 34, was recovered on Tuesday morning, ending the search.',
      'The operator has suspended all of its ski-touring trips in the Alps.',
    ];
    const page = live(sentences);
    expect(findKeyPoints(page, cleanArticle(page, rules).paragraphs.flatMap(splitSentences))).toEqual(
      sentences,
    );
    const mixed = live([
      'Fire contained after burning 14,800 hectares',
      'Times are local. The valley is two hours behind.',
    ]);
    expect(findKeyPoints(mixed, cleanArticle(mixed, rules).paragraphs.flatMap(splitSentences))).toEqual([
      'Fire contained after burning 14,800 hectares',
    ]);
  });

  it('ends the list at a photo caption under it ("… on Friday. Photograph: Vantage24/Ana Roe")', () => {
    const captioned = [
      'Key points',
      'Factory barred from making infant formula anywhere in the country',
      'Chief executive announces a compensation fund for families',
      'Parents hold a sign outside the factory gates on Friday. Photograph: Vantage24/Ana Roe',
      '',
      'The government suspended the company’s licence at all three of its plants on Friday.',
    ].join('\n');
    const cleaned = cleanArticle(captioned, rules);
    expect(findKeyPoints(captioned, cleaned.paragraphs.flatMap(splitSentences))).toEqual([
      'Factory barred from making infant formula anywhere in the country',
      'Chief executive announces a compensation fund for families',
    ]);
  });

  it('ends the list at a clip’s promotion or a caption credited in brackets ("Watch: …", "(Supplied: Ana Roe)")', () => {
    for (const caption of [
      'Watch: Aerial footage shows the scale of the damage (Tarn News 24)',
      'Burned forest on the slopes of the mountain on Friday. (CPA: Ana Roe)',
      'Photo: Crews on the ridge after the fire was contained. (Supplied: Tarn Fire Service)',
    ]) {
      const captioned = [
        'Key points:',
        'Fire officials say there is no active front left',
        'Residents of two villages allowed home on Friday',
        caption,
        '',
        'Firefighters brought the wildfire under control after four days, officials said.',
      ].join('\n');
      const cleaned = cleanArticle(captioned, rules);
      expect(findKeyPoints(captioned, cleaned.paragraphs.flatMap(splitSentences))).toEqual([
        'Fire officials say there is no active front left',
        'Residents of two villages allowed home on Friday',
      ]);
    }
  });

  it('takes no banner for a section of the menu, labelled with a dash ("EARTHQUAKE 2026 – LIVE UPDATES, …"), for the headline', () => {
    const m = metadataOf([
      'Tarsus Express',
      'Home',
      'Local',
      'Earthquake 2026',
      'Economy',
      'Sport',
      'EARTHQUAKE 2026 – LIVE UPDATES, MISSING PERSONS LIST, TENT CAMP LOCATIONS',
      'Local',
      'Teacher pulled alive after 31 hours as contractor detained at airport',
      'By Ana Roe',
      ...BODY,
    ]);
    expect(m.title).toBe('Teacher pulled alive after 31 hours as contractor detained at airport');
  });

  it('takes no alert, road report or road of a station’s ticker over the headline for the headline', () => {
    for (const ticker of [
      'FLOOD ALERT: River levels still rising at the weir — follow our hourly updates on 98.1 FM',
      'Road report: Highway 3 clear · Marsden ferry on schedule',
      'Peradeniya Road: slow traffic near the Getambe junction',
      'TYPHOON UPDATE: Hotlines of the provincial disaster office: 0917-555-0142 / 0998-555-0187',
    ]) {
      const m = metadataOf([
        'Tarn Valley FM',
        'Home',
        'News',
        'Sport',
        'Contact',
        'Tarnside 24°C Light rain',
        ticker,
        'LOCAL NEWS',
        'Flood barriers go up along the river as rain returns',
        'By Ana Roe',
        ...BODY,
      ]);
      expect(m.title, ticker).toBe('Flood barriers go up along the river as rain returns');
    }
  });

  it('reads "US" opening the line under a breaking-news banner as the country, not the site speaking to readers', () => {
    const m = metadataOf([
      'KESTREL PRESS',
      'Home',
      'World',
      'Weather',
      'Sign in',
      'BREAKING: Storm threat shifts east on Tuesday afternoon',
      'US tornadoes tear through the plains, killing at least 7; one town devastated',
      'By Ana Roe',
      ...BODY,
    ]);
    expect(m.title).toBe('US tornadoes tear through the plains, killing at least 7; one town devastated');
  });

  it('takes a live page’s labelled headline, not the breaking-news banner over it', () => {
    const m = metadataOf([
      'ABN NEWS',
      'Watch Live',
      'U.S.',
      'World',
      'Politics',
      'Business',
      'Sign In',
      'BREAKING: Toll in mine blast rises to seven',
      'Live updates: Toll in coal mine blast rises to 7, two miners still missing',
      'By Ana Roe, ABN News',
      'Updated: 03/11/2026 6:05 p.m. ET',
      ...BODY,
    ]);
    expect(m.title).toBe('Live updates: Toll in coal mine blast rises to 7, two miners still missing');
  });

  it('takes the headline under a breaking-news banner whose line under it reads as a headline, not a standfirst', () => {
    const m = metadataOf([
      'KESTREL PRESS',
      'Home',
      'U.S.',
      'World',
      'Weather',
      'Sign in',
      'BREAKING: Storm threat shifts to Arkansas, southern Missouri on Tuesday afternoon',
      'Tornadoes tear through the plains, killing at least 7; town of Carrow Springs devastated',
      'By Ana Roe',
      ...BODY,
    ]);
    expect(m.title).toBe(
      'Tornadoes tear through the plains, killing at least 7; town of Carrow Springs devastated',
    );
  });

  it('keeps a headline and the deck under it apart on a page written a paragraph per line', () => {
    const long = (n: number) =>
      `Paragraph ${n} of the article runs on as a page scraped a paragraph per line does, with no break inside it at all, well past any width a program would wrap at.`;
    const raw = [
      'The Harbour Post',
      'Arrest made in harbour killing as state takes over the town police\nSuspect detained in dawn raid in the hills; second man sought',
      'By Ana Roe',
      long(1),
      long(2),
      long(3),
    ].join('\n\n');
    const m = inferPageMetadata(cleanArticle(raw, rules).lines, { isBio: (l) => rules.bio.test(l) });
    expect(m.title).toBe('Arrest made in harbour killing as state takes over the town police');
  });

  it('writes a capitals masthead’s short word the page also writes in lower case as a word ("TRANSNORDIC NEWS AGENCY")', () => {
    const m = metadataOf([
      'TRANSNORDIC NEWS AGENCY',
      'Home',
      'World',
      'Europe',
      'Sign in',
      'Landslide sends wave into fjord village; 140 evacuated',
      'By Ana Roe',
      'The agency’s news desk confirmed the evacuation figures with the municipality on Monday evening.',
      ...BODY,
      '© 2026 Transnordic Media Services AB. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Transnordic News Agency');
  });

  it('takes no weather ticker of two places opening the page for the title', () => {
    const m = metadataOf([
      'The Highveld Courier',
      'Home',
      'News',
      'Sport',
      'Opinion',
      'Weather',
      'Sign in',
      'Vaalrand 24°C Partly cloudy | Port Elwyn 21°C Windy',
      'Sport / Rugby',
      'Coach axes scrumhalf as uncapped youngster gets the nod',
      'By Ana Roe, Chief Rugby Writer',
      '9 March 2026',
      ...BODY,
    ]);
    expect(m.title).toBe('Coach axes scrumhalf as uncapped youngster gets the nod');
  });

  it('reads a headline that names a year as no date stamp under a traffic ticker ("… warned bank boss in 2025")', () => {
    const m = metadataOf([
      'RADIO VOLKERSAU',
      'Listen live',
      'News',
      'Region',
      'Sport',
      'Traffic',
      'Weather',
      'Login',
      'TRAFFIC: Valley road, roadworks at the Ried exit, delays of about 10 minutes',
      'Region › Economy',
      'Former bank finance chief says she warned her boss about property values in 2025',
      '12.03.2026, 17:34',
      'By Ana Roe',
      ...BODY,
    ]);
    expect(m.title).toBe('Former bank finance chief says she warned her boss about property values in 2025');
  });

  it('takes no account link ("Your ABN account") for the headline under a title line', () => {
    const m = metadataOf([
      'Cave rescue live: all ten found alive after four days | ABN News',
      'ABN NEWS',
      'Austral Broadcasting Network',
      'Just In',
      'Australia',
      'World',
      'Business',
      'Sport',
      'Science',
      'Health',
      'Analysis',
      'Watch ABN News Channel live',
      'Listen to ABN Radio',
      'Sign in',
      'Your ABN account',
      'LIVE',
      'World',
      'Cave rescue live: schoolboys and teacher found alive deep inside flooded cave',
      'By Ana Roe and Tom Vale',
      'Tue 23 Jun 2026 22.40 AEST',
      ...BODY,
    ]);
    expect(m.title).toBe('Cave rescue live: schoolboys and teacher found alive deep inside flooded cave');
  });

  it('takes the headline over a standfirst without a stop when a byline of a name and a bureau follows', () => {
    const m = metadataOf([
      'THE NORTHERN LEDGER',
      'Canada',
      'Politics',
      'World',
      'Business',
      'Opinion',
      'Sports',
      'Search',
      'Log in',
      'Subscribe for $1.99/week',
      'Toronto 3°C Mostly cloudy',
      'POLITICS',
      'Ottawa says it will abide by the court’s fishing ruling as fleet plans protest',
      'The fisheries minister says harvesters will not be kept out of the bay; the association calls a flotilla',
      'Ana Roe, Ottawa Bureau',
      'Tom Vey, Halifax',
      'Published Mar. 13, 2026 7:41 p.m. ET',
      ...BODY,
    ]);
    expect(m.title).toBe('Ottawa says it will abide by the court’s fishing ruling as fleet plans protest');
  });

  it('reads a point without the time ago a live page puts before it ("3h ago …")', () => {
    const ago = [
      'Key events',
      '2h ago Two players charged under the anti-corruption code',
      '3h ago Opening batsman cleared and back in the squad',
      'Show key events only',
      '',
      'The board charged the two suspended players on Thursday, officials said.',
    ].join('\n');
    expect(findKeyPoints(ago, cleanArticle(ago, rules).paragraphs.flatMap(splitSentences))).toEqual([
      'Two players charged under the anti-corruption code',
      'Opening batsman cleared and back in the squad',
    ]);
  });

  it('reads each point of the list under its heading, one per line, without its time', () => {
    const cleaned = cleanArticle(page, rules);
    expect(findKeyPoints(page, cleaned.paragraphs.flatMap(splitSentences))).toEqual([
      'Tribunal finds the harbour authority negligent over the grounding',
      'Fine of 2 million crowns to be set at a hearing on 14 July',
    ]);
  });

  it('takes no point of an unbulleted summary under the headline for the headline ("Summary" / points / "Edited by …")', () => {
    const m = metadataOf([
      'Live: Rovers sack manager – latest updates | VBN News',
      'VBN',
      'Home',
      'News',
      'Sport',
      'LIVE',
      'Rovers sack manager Tom Hale after sixth straight defeat',
      'Summary',
      'The club announced the decision at 11:20 in a short statement',
      'Hale was told in a meeting with the chairman',
      'Assistant Ana Roe takes charge for Saturday’s game',
      'Edited by Nadia Ferrand',
      'Sun 16 Nov 2025 13.20 GMT',
      ...BODY,
    ]);
    expect(m.title).toBe('Rovers sack manager Tom Hale after sixth straight defeat');
  });

  it('ends the list at the byline under it, and skips bullets and furniture', () => {
    const raw = [
      'Rovers sack manager after six defeats',
      '',
      'Key points',
      '',
      '• Manager sacked after six successive league defeats',
      'Please turn on JavaScript to use this feature',
      '• Rovers are 21st, one point above the relegation zone',
      '',
      'By Nadia Ferrand, football correspondent',
      '',
      'Sun 16 Nov 2025 13.20 GMT',
      '',
      'Rovers sacked their manager on Sunday after a sixth successive league defeat.',
    ].join('\n');
    const cleaned = cleanArticle(raw, rules);
    const isFurniture = (line: string) => rules.boilerplate.test(line);
    expect(findKeyPoints(raw, cleaned.paragraphs.flatMap(splitSentences), isFurniture)).toEqual([
      'Manager sacked after six successive league defeats',
      'Rovers are 21st, one point above the relegation zone',
    ]);
  });

  it("reads no list below the article's first sentence: a box of other stories' headlines", () => {
    const raw = [
      'Search for the missing jet widens',
      '',
      'The search for the missing airliner widened on Monday to waters north of the island.',
      '',
      'Highlights',
      '',
      'Bitcoin backer gets two years in prison for illicit transfers',
      'Business schools nurture entrepreneurial seeds with scholarships',
    ].join('\n');
    const cleaned = cleanArticle(raw, rules);
    expect(findKeyPoints(raw, cleaned.paragraphs.flatMap(splitSentences))).toEqual([]);
  });

  it('reads none from a page without such a list, nor a point the article gives as a paragraph', () => {
    expect(findKeyPoints('Harbour inquiry\n\nThe tribunal sat for a third day.', [])).toEqual([]);
    const repeated = ['Key points', '', 'The tribunal sat for a third day in Corvel on Tuesday'].join('\n');
    expect(findKeyPoints(repeated, ['The tribunal sat for a third day in Corvel on Tuesday.'])).toEqual([]);
  });
});

describe('page metadata: short lines between a headline and its byline', () => {
  it('looks past a label and a byline name without "By" to the date under them', () => {
    const m = metadataOf([
      'The Harbour Post',
      'News Business Markets Money Opinion Sport',
      'Business > Retail',
      'Kelbrook ousts chief executive after profit warning - as it happened',
      'Finance chief steps up as interim boss; a rival confirms it is considering an offer',
      'Business live',
      'Ada Fenwick',
      'Wed 10 Sep 2025 07.31 BST',
      'Kelbrook Group ousted its chief executive on Wednesday, a day after its profit warning.',
    ]);
    expect(m.title).toBe('Kelbrook ousts chief executive after profit warning - as it happened');
  });

  it('never takes a row of section names whose separators the copy lost for the headline', () => {
    const m = metadataOf([
      'Homewise',
      'Trusted advice for every stage',
      'Pregnancy Baby Toddler Kids Teens Health Food Family life Money',
      'Search Homewise',
      'Home > Health > Medicines',
      'EXPLAINER',
      'Syrup recall: what do parents need to know?',
      'Twenty-three children have been taken to hospital. We asked the experts to answer your questions.',
      'By Nadia Fenwick, Health Editor',
      'Updated 2 hours ago',
    ]);
    expect(m.title).toBe('Syrup recall: what do parents need to know?');
  });

  it('still reads a long headline in title case as a headline ("Storm Ciara Batters Britain Leaving Thousands Without Power")', () => {
    const title = 'Storm Ciara Batters Britain Leaving Thousands Without Power';
    expect(metadataOf([title, 'By Ada Fenwick', ...BODY]).title).toBe(title);
  });
});

describe('page metadata: dates worked out from "today" or "7 hours ago"', () => {
  it('are no publication date (chrono reads them from 1970)', () => {
    const m = metadataOf([
      'Harbour board approves ferry terminal',
      'By Ada Fenwick',
      "Everything you need to know about today's 2016 vote",
      'Ferry fares to rise in spring4,162 comments - 7 hours ago',
      ...BODY,
    ]);
    expect(m.published).toBeUndefined();
  });

  it('reads a stamp with a two-digit year and a time ("10/04/16 05:19 PM EDT")', () => {
    const m = metadataOf([
      'Harbour board approves ferry terminal',
      'By Ada Fenwick',
      '10/04/16 05:19 PM EDT',
      ...BODY,
    ]);
    expect(m.published).toBe('2016-10-04');
  });

  it('reads a dotted date alone on its line over the headline ("12.22.14")', () => {
    const m = metadataOf([
      'Harbour Gazette',
      'Ada Fenwick',
      'FERRY WATCH',
      '12.22.14',
      'Harbour board approves ferry terminal',
      ...BODY,
    ]);
    expect(m.published).toBe('2014-12-22');
    const dayFirst = metadataOf([
      'Harbour Gazette',
      '22.12.14',
      'Harbour board approves ferry terminal',
      ...BODY,
    ]);
    expect(dayFirst.published).toBe('2014-12-22');
  });
});

describe("page metadata: the outlet among a page's menus and notices", () => {
  it('takes the site after a spaced colon in the title line ("… : The Two-Way : NPX")', () => {
    const m = metadataOf([
      'Harbour board approves ferry terminal : The Two-Way : NPX',
      'By Ada Fenwick',
      ...BODY,
    ]);
    expect(m.outlet).toBe('NPX');
    expect(m.title).toBe('Harbour board approves ferry terminal');
  });

  it('never takes "All Rights Reserved" before a copyright mark for the outlet', () => {
    const m = metadataOf([
      'Harbour board approves ferry terminal',
      'By Ada Fenwick',
      ...BODY,
      'All Rights Reserved © 2020',
    ]);
    expect(m.outlet).not.toBe('All Rights Reserved');
  });

  it('never takes an item of a menu printed one item per line for the masthead ("Politics" / "U.S. News" / "Local")', () => {
    const m = metadataOf([
      'Harbour board approves ferry terminal',
      'Skip to Content',
      'Politics',
      'U.S. News',
      'Local',
      'By Ada Fenwick',
      ...BODY,
    ]);
    expect(m.outlet).not.toBe('U.S. News');
  });

  it('reads a masthead named a magazine, and not a menu heading ending in the name ("All About …")', () => {
    const m = metadataOf([
      'Corvid Magazine',
      'Physics',
      'Harbour board approves ferry terminal',
      'By Ada Fenwick',
      ...BODY,
      'All About Corvid Magazine',
    ]);
    expect(m.outlet).toBe('Corvid Magazine');
  });
});

describe("page metadata: a radio station's frequency after its name", () => {
  it('is left out of the outlet ("Kestle FM 101.8" is Kestle FM; "BBC Radio 4" keeps its number)', () => {
    expect(
      metadataOf([
        'Your calls on the ferry fares - Kestle FM 101.8',
        'Kestle FM 101.8',
        'By Kestle FM News',
        ...BODY,
      ]).outlet,
    ).toBe('Kestle FM');
    expect(metadataOf(['Ferry fares rise again - BBC Radio 4', 'By Ada Fenwick', ...BODY]).outlet).toBe(
      'BBC Radio 4',
    );
  });

  it('is left out after any name of two words or more: an FM dial ("Shoreline Talk 98.6"), or a call sign and an AM dial ("Radyo Bantay DZRB 882")', () => {
    for (const [station, name] of [
      ['Shoreline Talk 98.6', 'Shoreline Talk'],
      ['Radyo Bantay DZRB 882', 'Radyo Bantay'],
      ['WCKR 9', 'WCKR 9'],
      // A one-word name is the brand only with its dial.
      ['Ridge 97.5', 'Ridge 97.5'],
    ])
      expect(
        metadataOf([`Your calls on the ferry fares - ${station}`, station, `By ${station} News`, ...BODY])
          .outlet,
        station,
      ).toBe(name);
  });

  it('keeps the band written after the dial where the page calls itself by it ("KORA MAME 98.7 FM", "Kora Mame FM")', () => {
    const page = (credit: string) => [
      'KORA MAME 98.7 FM',
      'Home | News | Politics | Sports | Listen Live',
      'Ferry fares rise again',
      'By Ada Fenwick | Thursday, 12 March 2026 — 10:15',
      ...BODY,
      credit,
      '© 2026 Kora Mame Broadcasting Company Limited. All Rights Reserved.',
    ];
    expect(metadataOf(page('Kora Mame FM — Koforidua | Kyebi')).outlet).toBe('Kora Mame FM');
    expect(metadataOf(page('Listen live on your radio')).outlet).toBe('Kora Mame');
  });
});

describe("page metadata: a station's page: its name on the dial, its menus, its tickers", () => {
  const station = (top: string[]) => [
    ...top,
    'Ferry fares to rise by a fifth from April, harbour board confirms',
    'By Ada Fenwick',
    'Thursday 12 March 2026, 07:52',
    ...BODY,
    '© 2026 Brackwater Broadcasting Company DAC. All rights reserved.',
  ];

  it('reads a first line ending in a dial as the station, with no menu under it, not the owner in the copyright line', () => {
    const m = metadataOf(
      station([
        'Brackwater FM 96.4',
        'Your Valley, Your Voice',
        '▶ Listen Live',
        'Now playing: The Drive Home',
      ]),
    );
    expect(m.outlet).toBe('Brackwater FM');
  });

  it('reads a masthead in capitals opening the page over an owner registered somewhere ("THE KESORA STANDARD", "© Standard Media House (Kesora) Plc")', () => {
    const m = metadataOf([
      'THE BRACKWATER STANDARD',
      'Truth Without Fear · Since 1961',
      'Wednesday, April 15, 2026',
      'Brackwater 27°C Partly cloudy',
      'E-Paper',
      'Subscribe',
      'Ferry fares to rise by a fifth from April, harbour board confirms',
      'By Ada Fenwick',
      ...BODY,
      '© 2026 Standard Media House (Brackwater) Plc. All rights reserved.',
    ]);
    expect(m.outlet).toBe('The Brackwater Standard');
  });

  it('takes no promotion under a menu written one label per line for the headline ("CPA Pro for newsrooms")', () => {
    const m = metadataOf([
      'CPA',
      'Continental Press Agency',
      'Home',
      'World',
      'Europe',
      'Business',
      'Sport',
      'CPA Pro for newsrooms',
      'Log in',
      'Subscribe',
      'MARKETS: Euro steady | Brent crude +0.4% | Gold 2,914',
      'Europe · Health',
      'Ferry fares to rise by a fifth from April, harbour board confirms',
      'By Ada Fenwick',
      '2026-03-11T14:05:00+01:00',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry fares to rise by a fifth from April, harbour board confirms');
  });

  it('keeps a live page’s headline right under its menu, over the summary lines under it', () => {
    const m = metadataOf([
      'ETV News',
      'Home',
      'World',
      'Business',
      'Politics',
      'Sport',
      'Sign in',
      'Menu',
      'LIVE',
      'Ferry strike ends with overnight deal – as it happened',
      'The operator and the crews’ union reach an interim agreement after 11 hours of talks',
      'About 60% of sailings will run on Tuesday and the full timetable will resume on Wednesday',
      'Live reporting by Marit Solberg',
      '2026-07-06T13:05:00+02:00',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry strike ends with overnight deal – as it happened');
  });

  it('takes no first line ending in a year for a station ("Election 2026")', () => {
    const m = metadataOf(station(['Election 2026', 'Your Valley, Your Voice', '▶ Listen Live']));
    expect(m.outlet).not.toBe('Election 2026');
  });

  it('reads the masthead over an owner with a Nordic legal form ("Vestby Lokalradio AS")', () => {
    const m = metadataOf([
      'Radio Vestby',
      '98.4 FM · The voice of the fjords',
      'Listen live',
      'Now playing: Evening Drive with Pia Lund',
      'News',
      'Sport',
      'Weather',
      'Traffic and ferries',
      'Podcasts',
      'Events',
      'Contact',
      'Sign in',
      'Vestby 6°C, wind SW 11 m/s, showers',
      'News',
      'Ferry fares to rise by a fifth from April, harbour board confirms',
      'By Ada Fenwick, Radio Vestby News',
      'Thursday 12 March 2026, 07:52',
      ...BODY,
      'The harbour master told Radio Vestby the new fares would be reviewed in the autumn.',
      'About Radio Vestby',
      '© 2026 Vestby Lokalradio AS. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Radio Vestby');
  });

  it('names the desk under the masthead that the page says it is ("SBN" / "SBN Sport", "told SBN Sport")', () => {
    const page = (...told: string[]) =>
      metadataOf([
        'VBN',
        'VBN Sport',
        'Home',
        'News',
        'Sport',
        'Weather',
        'Sign in',
        'Rovers sack manager after six defeats',
        'By Nadia Ferrand',
        'Sun 16 Nov 2025 13.20 GMT',
        'Rovers sacked their manager on Sunday after a sixth successive league defeat, the club said.',
        ...told,
        '© 2025 VBN Media Holdings Ltd',
      ]);
    expect(
      page(
        'The captain told VBN Sport the players had let the manager down.',
        'A fan told VBN Sport the decision was overdue.',
      ).outlet,
    ).toBe('VBN Sport');
    // A section's name under the masthead that the page never calls itself is only a section.
    expect(page('The captain told VBN the players had let the manager down.').outlet).toBe('VBN');
  });

  it('reads the masthead under a link for screen readers ("Skip to main content" / "Meridian" / menu)', () => {
    const m = metadataOf([
      'Skip to main content',
      'Vantage',
      'World',
      'Business',
      'Markets',
      'Rovers sack manager after six defeats',
      'By Nadia Ferrand',
      'Sun 16 Nov 2025 13.20 GMT',
      ...BODY,
      '© 2025 Vantage News Agency plc. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Vantage');
  });

  it('reads a masthead with its initials under it as the name in full ("Allied Press Syndicate" / "APS")', () => {
    const m = metadataOf([
      'Harbour Press Syndicate',
      'HPS',
      'Top News',
      'U.S.',
      'World',
      'Politics',
      'Business',
      'Sports',
      'Health',
      'Science',
      'Search',
      'Sign in',
      'Subscribe',
      'Sports',
      'Rovers sack manager after six defeats',
      'By NADIA FERRAND',
      'Nov. 16, 2025 5:48 p.m. ET',
      'CARROW (HPS) — Rovers sacked their manager on Sunday after a sixth successive league defeat.',
      ...BODY,
      '© 2025 Harbour Press Syndicate Cooperative Inc. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Harbour Press Syndicate');
  });

  it('drops an Irish legal form ("DAC") from an owner', () => {
    expect(withoutLegalSuffix('Brackwater Broadcasting Company DAC').name).toBe('Brackwater Broadcasting');
  });

  it('takes no label of a menu written one per line for the outlet, though it reads like a paper ("Church Times")', () => {
    const m = metadataOf(
      station([
        'Radio Brackwater 98.4 FM',
        'The Voice of the Valley',
        'Home',
        'News',
        'Tides & Fishing',
        'Church Times',
        'Sport',
        'Contact',
      ]),
    );
    expect(m.outlet).not.toBe('Church Times');
    expect(m.outlet).toMatch(/^Radio Brackwater/);
  });

  it('reads the masthead over a tagline and a menu written one label per line ("DeltaNews 24" / "Delta Omroep | English service")', () => {
    const m = metadataOf([
      'Kestrel 24',
      'Kestrel Omroep | English service',
      'Watch live',
      'Listen',
      'News',
      'Europe',
      'World',
      'Sport',
      'Sign in',
      'Harbour board votes to raise ferry fares by a fifth',
      'By the Kestrel live team',
      'Thursday 12 March 2026, 07:52',
      ...BODY,
      'The board told Kestrel 24 it would review the fares in the autumn.',
      'About Kestrel Omroep',
      '© 2026 Kestrel Omroep Mediabedrijf B.V.',
    ]);
    expect(m.outlet).toBe('Kestrel 24');
  });

  it('reads a call sign and its dial in capitals as the masthead, not the owner in the copyright ("KPHR 90.7")', () => {
    const m = metadataOf([
      'WKRB 90.7',
      'Kestle Valley Public Radio',
      'Listen Live',
      'Now Playing: Harbor Afternoon',
      'Donate',
      'Sign in',
      'News',
      'Politics',
      'Harbour board votes to raise ferry fares by a fifth',
      'By Ada Fenwick',
      'Updated: 03/11/2026 6:05 PM PT',
      ...BODY,
      'A board member told WKRB the vote had been close.',
      'Get WKRB’s Morning Brief',
      '© 2026 Kestle Valley Public Media Inc. All rights reserved.',
    ]);
    expect(m.outlet).toBe('WKRB');
  });

  it('names a station by its call sign alone when the page writes it without the dial ("WMVR 89.3", "told WMVR")', () => {
    const m = metadataOf([
      'WKRB 89.3',
      'Kestle Valley Public Radio',
      'Listen Live',
      'Donate',
      'News',
      'Music',
      'Programs',
      'About',
      'Harbour board votes to raise ferry fares by a fifth',
      'WKRB | By Ada Fenwick',
      'Updated: 03/12/2026 6:20 PM',
      ...BODY,
      'A board member told WKRB the vote had been close.',
      'WKRB News depends on listeners like you.',
    ]);
    expect(m.outlet).toBe('WKRB');
  });

  it('keeps a live label on a headline with nothing but the standfirst and byline under it ("LIVE: …")', () => {
    const m = metadataOf([
      'River Brack FM',
      'Listen Live',
      'News',
      'Sport',
      'Farming',
      'Sign in',
      'LIVE: Ferry fares to rise by a fifth from April; harbour board to review in autumn',
      'The board voted after a four-hour meeting. Fares have not risen since 2019.',
      'By Ada Fenwick',
      'Thursday 12 March 2026, 07:52',
      ...BODY,
    ]);
    expect(m.title).toBe(
      'LIVE: Ferry fares to rise by a fifth from April; harbour board to review in autumn',
    );
  });

  it('takes the labelled live headline under a breaking-news banner ("BREAKING | …" over "LIVE: …")', () => {
    const m = metadataOf([
      'Harbourline News',
      'Watch Live',
      'Listen',
      'Local',
      'World',
      'Sport',
      'Sign In',
      'BREAKING | Harbour board votes to raise ferry fares',
      'Local',
      'LIVE',
      'LIVE: Harbour board votes to raise ferry fares by a fifth as unions threaten strike',
      'Harbourline News · Posted: 2026-03-12T08:00:00-04:00',
      ...BODY,
    ]);
    expect(m.title).toBe(
      'LIVE: Harbour board votes to raise ferry fares by a fifth as unions threaten strike',
    );
  });

  it('takes no banner promoting a section of the menu for the headline ("ERUPTION: Live map of closures …")', () => {
    const m = metadataOf([
      'The Kestle Post',
      'Local news for Kestle and the coast',
      'Log in',
      'Subscribe',
      'News',
      'Eruption',
      'Community',
      'Harbour',
      'Sport',
      'Schools',
      'ERUPTION: Live map of closures and escorted visit times',
      'Eruption',
      'Two more homes lost as lava stalls at the town’s edge',
      'Five houses on the hill now destroyed; residents allowed brief escorted visits',
      'Ada Fenwick',
      'Published 12.03.2026 kl. 10:15',
      ...BODY,
    ]);
    expect(m.title).toBe('Two more homes lost as lava stalls at the town’s edge');
  });

  it('takes no tagline under a station’s masthead over a menu written one label per line', () => {
    const m = metadataOf([
      'Radio Kestle Sur 98.7 FM',
      'La voz del sur – English edition',
      'Listen live',
      'Inicio',
      'Provincias',
      'Policiales',
      'Deportes',
      'Cultura',
      'Sign in',
      'Policiales',
      'Harbour board votes to raise ferry fares by a fifth',
      '2026-04-17T09:20:00-05:00',
      'Written by Ada Fenwick',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board votes to raise ferry fares by a fifth');
  });

  it('takes no programme’s longer name inside a menu for the headline ("Breakfast with Lenny Doherty")', () => {
    const m = metadataOf([
      '3KR 1179 AM Kestle',
      'Listen Live',
      'Home',
      'News',
      'Sport',
      'Breakfast with Ada Fenwick',
      'Podcasts',
      'Traffic',
      'Kestle 19° Showers clearing',
      'Sign in',
      'News',
      'Harbour board votes to raise ferry fares by a fifth',
      'By Jack Pomeroy, 3KR News',
      'Posted Wed 18/03/2026 at 11:42am',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board votes to raise ferry fares by a fifth');
  });

  it('takes no appeal after a label for the headline ("For newsrooms: Subscribe to the … wire")', () => {
    const m = metadataOf([
      'Kestrel Press',
      'The news behind the news',
      'Home',
      'World',
      'Business',
      'Politics',
      'Log in',
      'For newsrooms: Subscribe to the Kestrel wire',
      'Canada',
      'Harbour board votes to raise ferry fares by a fifth',
      'By Ada Fenwick',
      'Feb. 11, 2026 6:42 p.m. ET',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board votes to raise ferry fares by a fifth');
  });

  it('takes the labelled live headline over its longer standfirst and a staff credit ("… staff, with files from …")', () => {
    const m = metadataOf([
      'Kestrel News',
      'Watch Live',
      'World',
      'Politics',
      'Business',
      'Sign in',
      'LIVE: Harbour board votes to raise ferry fares; unions threaten strike',
      'Follow our live coverage of the harbour board’s vote on ferry fares and the unions’ response to it',
      'Kestrel News staff, with files from Meridian Wire',
      'Updated: 04/16/2026 8:05 p.m. ET',
      ...BODY,
    ]);
    expect(m.title).toBe('LIVE: Harbour board votes to raise ferry fares; unions threaten strike');
  });

  it('takes the headline over its standfirst when the byline has no "By" ("Nomsa Hadebe, Political Reporter")', () => {
    const m = metadataOf([
      'The Kestle Chronicle',
      'Home',
      'News',
      'Politics',
      'Business',
      'Opinion',
      'Sport',
      'Sign in',
      'NEWS / SOUTH AFRICA',
      'Harbour board votes to raise ferry fares by a fifth',
      'Minister gives the board 48 hours to produce a plan, promises 30 more ferries; unions threaten strike',
      'Ada Fenwick, Political Reporter',
      'Additional reporting by Dirk Meintjes',
      '10 March 2026',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board votes to raise ferry fares by a fifth');
  });

  it('takes no single market quote for the headline ("Brent crude $71.94 +0.62%")', () => {
    const m = metadataOf([
      'KESTREL PRESS AGENCY',
      'KPA | Trusted news since 1921',
      'Home',
      'World',
      'Business',
      'Sign in',
      'FTSE 100 8,412.60 +0.31%',
      'Brent crude $71.94 +0.62%',
      'Sport',
      'Harbour board votes to raise ferry fares by a fifth',
      'By Ada Fenwick',
      '28 Aug 2026, 17:41 BST',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board votes to raise ferry fares by a fifth');
  });

  it('takes no priced appeal for readers’ money for the headline ("Support … — subscribe from $5 a month")', () => {
    const m = metadataOf([
      'KESTREL CURRENTS',
      'The magazine of the coast',
      'Politics',
      'Climate',
      'Subscribe',
      'Sign in',
      'Support independent coastal journalism — subscribe from $5 a month',
      'CLIMATE',
      'After the storm: a navy ship, a flattened island and a long road back',
      'Words by Ada Fenwick',
      'Thu 19 Feb 2026 16.20 AEDT',
      ...BODY,
    ]);
    expect(m.title).toBe('After the storm: a navy ship, a flattened island and a long road back');
  });

  it('takes the labelled live headline under a promotion and a lone "LIVE" badge', () => {
    const m = metadataOf([
      'KESTREL FM 93.5',
      'The voice of the coast',
      'Listen Live',
      'Home',
      'News',
      'Sport',
      'Sign in',
      'EMERGENCY BROADCAST: Kestrel FM is on air 24 hours during the storm',
      'LIVE',
      'LIVE: Storm hits the islands as Category 5 – latest updates',
      'Kestrel FM Newsroom',
      'Published 2026-02-18T07:05:00+13:00',
      ...BODY,
    ]);
    expect(m.title).toBe('LIVE: Storm hits the islands as Category 5 – latest updates');
  });

  it('takes no "Now playing" line for the headline though a long menu stands between it and the headline', () => {
    const m = metadataOf([
      'River Brack FM',
      '104.6 FM | DAB | Online',
      'Listen Live',
      'Now playing: The Afternoon Show with Kerry Blane',
      'Home',
      'News',
      'Sport',
      'Weather',
      "What's On",
      'Travel',
      'Competitions',
      'Contact Us',
      'Carrow 9°C Light rain',
      'Sign in',
      'Register',
      'Local News',
      'Ferry fares to rise by a fifth from April, harbour board confirms',
      'By Ada Fenwick, River Brack News',
      'Posted 11/03/2026 13:40',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry fares to rise by a fifth from April, harbour board confirms');
  });

  it('takes no promotion over a live page’s labelled headline, nor a gift offer, for the headline', () => {
    const live = metadataOf([
      'VBN Sport',
      'Vale Broadcasting Network',
      'Watch live',
      'Home',
      'News',
      'Sport',
      'Football',
      'Rugby',
      'Cricket',
      'Results',
      'Sign in',
      'LIVE',
      'Southern Cup 2026: Final standings | Carrow champions',
      'Live: Rovers name Toby Grennan interim coach after Hale sacking',
      'Updated: 12 March 2026 15:20',
      'Live reporting by Ines Kovalev',
      ...BODY,
    ]);
    expect(live.title).toBe('Live: Rovers name Toby Grennan interim coach after Hale sacking');
    const gift = metadataOf([
      'The Carrow Review',
      'Politics',
      'Ideas',
      'Culture',
      'Books',
      'Sign in',
      'Subscribe',
      'Give a gift subscription',
      'IDEAS',
      'The Week a Harbour Board Talked Itself Into a Corner',
      'By Nathaniel Oduya',
      'Mar. 13, 2026 11:20 a.m. ET',
      ...BODY,
    ]);
    expect(gift.title).toBe('The Week a Harbour Board Talked Itself Into a Corner');
  });

  it('takes no travel bulletin or row of market moves for the headline', () => {
    for (const ticker of [
      'TRAVEL ALERT: Ferry disruption continues – check before you travel',
      'Travel: Carrow Bridge and Kilnagh Cross CLOSED – use the N41 via Ballyvurn',
      'FTSE 8,412.6 +0.4%   DOW 41,208 -0.2%   BRENT $71.30 +0.6%',
      'Now playing: Drivetime with Ollie Marsh and the travel news',
      'Ferry update: Carrow–Inishmore crossings running to timetable',
      'Rail status: Minor delays between Carrow and Ballyvurn',
      'Today: Bypass lane closure at Mill Cross until Friday',
    ]) {
      const m = metadataOf([
        'River Brack FM',
        'Listen Live',
        'News',
        'Sport',
        'Farming',
        'Podcasts',
        'Sign in',
        'Weather: Carrow 9°C, showers clearing',
        ticker,
        'Local News',
        'Ferry fares to rise by a fifth from April, harbour board confirms',
        'By Ada Fenwick',
        'Thursday 12 March 2026, 07:52',
        ...BODY,
      ]);
      expect(m.title, ticker).toBe('Ferry fares to rise by a fifth from April, harbour board confirms');
    }
  });

  it('names a wire service in full over its masthead in capitals ("MERIDIAN" / "Meridian Wire Service")', () => {
    const m = metadataOf([
      'MERIDIAN',
      'Meridian Wire Service',
      'World',
      'Business',
      'Markets',
      'Health',
      'Sign in',
      'Ferry fares to rise by a fifth from April, harbour board confirms',
      'By Ada Fenwick',
      '9 March 2026 16:48 GMT',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Meridian Wire Service');
  });

  it('takes no weather or travel ticker of items parted by bars for the headline', () => {
    for (const ticker of [
      'Brackwater 6°C Light rain | Mill Road: delays near the factory gates',
      'TRAVEL: Delays on the A61 at Eastmoor roundabout | Kiln Road reopened after gas works',
    ]) {
      const m = metadataOf(station(['Brackwater FM 96.4', 'Listen Live', ticker, 'Local News']));
      expect(m.title, ticker).toBe('Ferry fares to rise by a fifth from April, harbour board confirms');
    }
  });
});

describe('page metadata: a masthead and its tagline, and a row of prices, above the headline', () => {
  it('reads "WCKR 9 News | Halbrook\'s News Leader" as the outlet and its tagline, not a title line', () => {
    const m = metadataOf([
      "WCKR 9 News | Halbrook's News Leader",
      'Watch Live Weather Traffic News Sports',
      'LIVE UPDATES: Jury finds exchange founder guilty of fraud; judge orders him jailed',
      'Posted: October 16, 2025 9:34 AM EDT',
      'By Dana Brightwell, WCKR 9 News',
      ...BODY,
    ]);
    expect(m.outlet).toBe('WCKR 9 News');
    expect(m.title).toBe(
      'LIVE UPDATES: Jury finds exchange founder guilty of fraud; judge orders him jailed',
    );
  });

  it('never takes a row of prices for the headline ("BTC $ -- ETH $ -- LVX (delisted)")', () => {
    const m = metadataOf([
      'BLOCKFEED',
      'Markets | Policy | Exchanges | Prices',
      'BTC $ -- ETH $ -- LVX (delisted)',
      'Courtroom',
      'No verdict yet: exchange jury goes home after second day',
      'Jurors re-heard the testimony about the texts. Here is what the questions could mean.',
      'By Nate Yardley',
      '5 hrs ago',
      ...BODY,
    ]);
    expect(m.title).toBe('No verdict yet: exchange jury goes home after second day');
  });
});

describe('page metadata: sites named before the headline, section headings, credits and quoted sources', () => {
  it('reads "Site: Headline" as the site where the page shows the headline on a line of its own', () => {
    const m = metadataOf([
      'The Orbit Review: Seeking a bigger role for the harbour ferry',
      'Seeking a bigger role for the harbour ferry',
      'by Jane Marlow',
      ...BODY,
    ]);
    expect(m.outlet).toBe('The Orbit Review');
    expect(m.title).toBe('Seeking a bigger role for the harbour ferry');
  });

  it('keeps "Name: words" as the headline where the page never shows the words alone', () => {
    const m = metadataOf([
      'Lena Marsh: ferry workers have to stop hoping',
      'Lena Marsh: ferry workers have to stop hoping',
      ...BODY,
      '© 2025 Harbour Weekly Ltd',
    ]);
    expect(m.title).toBe('Lena Marsh: ferry workers have to stop hoping');
  });

  it('never takes a section heading for the masthead ("Local News"); a group owner yields to its photo credits', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'Local News',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow | jmarlow@harbourherald.com',
      'The new terminal at dawn. (Tom Reed/Harbour Herald)',
      ...BODY,
      'The board chair at the vote. (Tom Reed/Harbour Herald)',
      'Copyright © 2025 Coastline Media Group',
    ]);
    expect(m.outlet).toBe('Harbour Herald');
  });

  it('never takes the source of a quotation for the outlet ("“…” ¶ Source: Defence Ministry, 25 October")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'Harbour board approves new ferry terminal',
      ...BODY,
      '“The terminal will block the evacuation of the island,” the claim reads.',
      'Source: Defence Ministry, October 25, 2025',
      '© 2025 FACTLINE.info All Rights Reserved.',
    ]);
    expect(m.outlet?.toLowerCase()).toBe('factline.info');
  });
});

describe('page metadata: a stamp printed without its year', () => {
  it('takes the year of the copyright line of the same page ("March 18 at 3:57 PM" under "© 1996-2015")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - The Harbour Post',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow March 18 at 3:57 PM',
      ...BODY,
      '© 1996-2015 The Harbour Post',
    ]);
    expect(m.published).toBe('2015-03-18');
  });

  it('stays no date without a copyright year, or where the line is no labelled stamp with a time', () => {
    expect(
      metadataOf([
        'Harbour board approves new ferry terminal',
        'Harbour board approves new ferry terminal',
        'By Jane Marlow March 18 at 3:57 PM',
        ...BODY,
      ]).published,
    ).toBeUndefined();
    expect(
      metadataOf([
        'Harbour board approves new ferry terminal',
        'Harbour board approves new ferry terminal',
        'March 18',
        ...BODY,
        '© 2015 The Harbour Post',
      ]).published,
    ).toBeUndefined();
  });
});

describe('page metadata: stamps and copyright lines as some sites print them', () => {
  it('reads a short-year stamp after the byline ("By Jane Marlow • 12/16/16 12:21pm")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow • 12/16/16 12:21pm',
      ...BODY,
    ]);
    expect(m.published).toBe('2016-12-16');
  });

  it('reads the owner past a clock printed into the copyright line, without "Society"', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal',
      'Harbour board approves new ferry terminal',
      ...BODY,
      '© 1996-Thu Dec 15 06:14:35 EST 2016 Coastal Geographic Society.',
    ]);
    expect(m.outlet).toBe('Coastal Geographic');
  });
});

describe('page metadata: dates a template prints and stamps without a year', () => {
  it('takes no "Jan 1, 1970" (an empty timestamp) and reads "By X November 22" with the copyright year', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - The Harbour Post',
      'Harbour board approves new ferry terminal',
      'By Dana R. Welling November 22 Follow @dwelling',
      ...BODY,
      'More from the archive',
      'Jan 1, 1970',
      '© 1996-2016 The Harbour Post',
    ]);
    expect(m.published).toBe('2016-11-22');
  });

  it('leaves a date off the title line ("Headline - Nov. 29, 2016") and reads the outlet from its bureau stamp', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal - Nov. 29, 2016',
      'Harbour board approves new ferry terminal',
      ...BODY,
      'HarbourMoney (Port Ellen) First published November 29, 2016: 3:33 AM ET',
      '© 2016 Harbour Broadcasting Network. All Rights Reserved.',
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
    expect(m.outlet).toBe('HarbourMoney');
    expect(m.published).toBe('2016-11-29');
  });
});

describe('page metadata: an owner in capitals in the copyright line', () => {
  it('yields to the publication of its brand that the writer’s bio names ("© NBC UNIVERSAL" / "… a reporter for NBC News")', () => {
    const m = metadataOf([
      'New York man pleads guilty to threatening a congresswoman',
      'By Phil Hessel',
      ...BODY,
      'Phil Hessel is a reporter for NBC News.',
      '© 2019 NBC UNIVERSAL',
    ]);
    expect(m.outlet).toBe('NBC News');
  });
});

describe('page metadata: the day a citation was retrieved', () => {
  it('is not the publication date ("Hibernating crews … (2019, November 18) retrieved 20 November 2019")', () => {
    const m = metadataOf([
      'Astronomy & Space',
      'November 18, 2019',
      'Hibernating crews would need smaller spacecraft',
      'by European Space Office',
      ...BODY,
      'Citation:',
      'Hibernating crews would need smaller spacecraft (2019, November 18)',
      'retrieved 20 November 2019',
    ]);
    expect(m.published).toBe('2019-11-18');
  });
});

describe('page metadata: an article a portal syndicates', () => {
  it('names the publisher its "© Provided by …" credit gives, not the portal’s photo agency', () => {
    const m = metadataOf([
      'Student halls are too full to be safe, experts warn',
      'The Harbour Herald',
      '02/10/2020',
      'Anna Fazack',
      '© Provided by The Harbour Herald',
      'Photograph: Paul Ellis/AFP/Getty',
      ...BODY,
      '© Getty Images',
      '© Microsoft 2020',
    ]);
    expect(m.outlet).toBe('The Harbour Herald');
  });
});

describe('page metadata: a byline that ends in the outlet’s name', () => {
  it('is no masthead ("By The Harbour Times" under the title "… - The Harbour Times")', () => {
    const m = metadataOf([
      'Donors fill a museum with family treasures - The Harbour Times',
      'By The Harbour Times',
      'Donors fill a museum with family treasures',
      ...BODY,
    ]);
    expect(m.outlet).toBe('The Harbour Times');
  });
});

describe('page metadata: a headline in title case', () => {
  it('is the first line when the page shows it again over the byline, not a photo control below it', () => {
    const m = metadataOf([
      'Ferries Return To The Outer Harbour',
      'NEWS',
      'SPORT',
      'WEATHER',
      'Ferries Return To The Outer Harbour',
      'by Ada Rusk, Harbour Gazette Contributor | October 31, 2014 07:15am ET',
      'Credit: Harbour Board',
      'View full size image',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferries Return To The Outer Harbour');
  });
});

describe('page metadata: a sports or business site under a brand', () => {
  it('is an outlet of its own ("TBX Sport", not "TBX")', () => {
    const m = metadataOf(['Harbour United coach resigns | TBX Sport', 'By Jane Marlow, TBX', ...BODY]);
    expect(m.outlet).toBe('TBX Sport');
  });
});

describe('page metadata: a one-word masthead', () => {
  it('is the outlet when printed twice and the writer\'s bio names it ("X is a longtime Quill contributor")', () => {
    const m = metadataOf([
      'Harbour board approves ferry terminal',
      'Quill',
      'Sign In',
      'Sign Up',
      'Quill',
      'The Back End',
      ...BODY,
      'The board also asked Quill’s readers for ideas.',
      'Ada Fenwick is a longtime Quill contributor. Her latest book is Tides.',
    ]);
    expect(m.outlet).toBe('Quill');
  });
});

describe('page metadata: a page that names its outlet only in its controls', () => {
  it('takes the site its controls name twice ("More from Portwise.com", "SUBSCRIBE TO PORTWISE.COM")', () => {
    const m = metadataOf([
      'Harbour board approves ferry terminal',
      'Follow',
      ...BODY,
      'More from Portwise.com',
      'SUBSCRIBE TO PORTWISE.COM',
    ]);
    expect(m.outlet).toBe('Portwise.com');
    const account = metadataOf([
      'Harbour board approves ferry terminal',
      ...BODY,
      'Get the most out of Harbour Health Today. Subscribe to our Newsletter to receive:',
      'Sign up for a free Harbour Health Today account to customize your news.',
    ]);
    expect(account.outlet).toBe('Harbour Health Today');
    // One control alone names nothing.
    expect(
      metadataOf(['Harbour board approves ferry terminal', ...BODY, 'More from Portwise.com']).outlet,
    ).toBeUndefined();
  });

  it('takes a masthead printed twice when a line of its own gives it as a company ("Quayside, Inc.")', () => {
    const m = metadataOf([
      'Harbour board approves ferry terminal',
      'Quayside',
      'Sign In',
      'Quayside',
      'We are using cookies to improve your experience.',
      ...BODY,
      'Quayside, Inc.',
    ]);
    expect(m.outlet).toBe('Quayside');
  });
});

describe('page metadata: a TV station’s byline "by: A, B" under a headline with no stop', () => {
  it('is not run on into the headline', () => {
    const m = metadataOf([
      'Judge orders county to reach 146 voters with rejected ballots as recount margin narrows | KTVQ',
      'Judge orders county to reach 146 voters with rejected ballots as recount margin narrows',
      'by: Kelsey Arran, Jordan Pike',
      'Posted: Mar 3, 2026 / 05:41 PM CST',
      ...BODY,
    ]);
    expect(m.title).toBe(
      'Judge orders county to reach 146 voters with rejected ballots as recount margin narrows',
    );
  });
});

describe('page metadata: a headline that ends on a function word, then a share control', () => {
  it('is not run on into the control ("… three days on" / "Copy link")', () => {
    const m = metadataOf([
      'The harbour memo, three days on - Quayside Notes',
      'The harbour memo, three days on',
      'Copy link',
      'Facebook',
      ...BODY,
    ]);
    expect(m.title).toBe('The harbour memo, three days on');
  });
});

describe('page metadata: a live page’s title labelled "LIVE UPDATES:"', () => {
  it('is the headline the page shows without the label', () => {
    const m = metadataOf([
      'LIVE UPDATES: Ferry service resumes as harbour storm eases, but 2,000 homes still without power - Harbour Gazette',
      'TRENDING: Storm | Power cuts | Ferries | Schools',
      'Harbour',
      'LIVE UPDATES',
      'Ferry service resumes as harbour storm eases, but 2,000 homes still without power',
      'By Ada Rusk and Tom Vey, Staff',
      'Updated 9:41 p.m.',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry service resumes as harbour storm eases, but 2,000 homes still without power');
  });
});

describe('page metadata: a press release headed "Media Release - Headline | Body" under both names', () => {
  const m = metadataOf([
    'Media Release - Sailing: Tribunal registers appeal of Ana Vell | Maritime Sports Tribunal',
    'Maritime Sports Tribunal',
    'Home',
    'Media Releases',
    'MEDIA RELEASE',
    'Sailing: Tribunal registers appeal of Ana Vell - request for stay dismissed',
    'Portsmouth, 12 March 2026',
    ...BODY,
    'Latest releases',
    '06.03.2026 - Rowing: Tribunal dismisses appeal of club in transfer dispute',
    '27.02.2026 - Cycling: Tribunal reduces ban of rider',
  ]);

  it('names the body after the last separator as the outlet, not the label before the first', () => {
    expect(m.outlet).toBe('Maritime Sports Tribunal');
  });

  it('dates it by its dateline, not by a dotted date in the list of older releases (not a time of day)', () => {
    expect(m.published).toBe('2026-03-12');
  });
});

describe('inferPublished: a wire story dated only by its dateline ("GENEVA, March 10 (CPA) - …")', () => {
  const body = (dateline: string) => [
    'Ferry talks go into the night | Harbour Wire',
    'Ferry talks go into the night',
    'By Jane Marlow',
    'Updated 13:22 CET',
    `${dateline} - Negotiators for the two ferry operators worked through the night on a compromise timetable.`,
    'The talks resume on Thursday, a spokesman said.',
  ];

  it('is the dateline’s day in the year of the page’s copyright line', () => {
    expect(inferPublished([...body('VALLETTA, March 10 (HW)'), '© 2026 Harbour Wire Media Ltd.'], 1)).toBe(
      '2026-03-10',
    );
    expect(
      inferPublished([...body('GOZO, Malta, July 14 (HW)'), '(c) 2025 Harbour Wire Co-operative Ltd.'], 1),
    ).toBe('2025-07-14');
  });

  it('reads a dateline filed from two places ("MARSAXLOKK, Malta/TUNIS, March 10 (HW) - …")', () => {
    expect(
      inferPublished(
        [...body('MARSAXLOKK, Malta/TUNIS, March 10 (HW)'), '© 2026 Harbour Wire Media Ltd.'],
        1,
      ),
    ).toBe('2026-03-10');
  });

  it('reads an "Updated" numeric date as the day the dateline names, whatever its 24-hour clock suggests', () => {
    const page = (dateline: string) => [
      'Ferry talks go into the night | Harbour Wire',
      'Ferry talks go into the night',
      'Updated 03/04/2026 21:17 UTC',
      `${dateline} - Negotiators for the two ferry operators worked through the night on a compromise timetable.`,
      'The talks resume on Thursday, a spokesman said.',
    ];
    expect(inferPublished(page('VALLETTA/GOZO, March 4 (HW)'), 1)).toBe('2026-03-04');
    expect(inferPublished(page('VALLETTA, April 3 (HW)'), 1)).toBe('2026-04-03');
  });

  it('is no date without a year anywhere on the page, nor a sentence that merely opens with a place', () => {
    expect(inferPublished(body('VALLETTA, March 10 (HW)'), 1)).toBeUndefined();
    expect(
      inferPublished(
        [
          'Ferry talks go into the night',
          'In VALLETTA, March 10 (the day of the vote) - was the date agreed.',
          '© 2026 Harbour Wire Media Ltd.',
        ],
        0,
      ),
    ).toBeUndefined();
  });
});

describe('a broadcaster’s and an agency’s page', () => {
  it('names a station without its AM frequency ("… | Harbour Talk 1098") and dates it by "First broadcast:"', () => {
    const m = metadataOf([
      'Bus owner says crashed bus passed safety check | Harbour Talk 1098',
      'HARBOUR TALK 1098 ● LISTEN LIVE',
      'Bus owner says crashed bus passed safety check',
      ...BODY,
      'First broadcast: Wednesday 11 March 2026, Mornings with Jo Vale, 9am–12pm weekdays.',
      'Harbour Talk 1098 AM | 98.4 FM | Download the app',
    ]);
    expect(m.outlet).toBe('Harbour Talk');
    expect(m.published).toBe('2026-03-11');
  });

  it('names an agency as its masthead line spells out its initials after a dash ("KPN - Kestrel Pacific Newswire")', () => {
    const m = metadataOf([
      'KPN - Kestrel Pacific Newswire',
      'Volcano alert raised as thousands flee | KPN',
      'Volcano alert raised as thousands flee',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Kestrel Pacific Newswire');
  });

  it('names a station whose masthead gives its initials and dial ("TBR 97.1 FM") by the name on the next line', () => {
    const m = metadataOf([
      'TBR 97.1 FM',
      'Tarn Bay Radio',
      'Your coast, your voice',
      'Listen Live',
      'News',
      'Ferry talks resume as pickets stay at the gate',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Tarn Bay Radio');
  });

  it('names a station by its capitals masthead with a dial, as the page writes it, over the owner in the copyright', () => {
    const m = metadataOf([
      'TARN VALLEY FM 94.2',
      'The valley’s news and music station',
      'Listen Live',
      'Now playing: The Evening Drive with Ana',
      'Home',
      'News',
      'Sport',
      'Contact',
      'Flood barriers go up along the river as rain returns',
      'Posted by Tarn Valley FM News Desk',
      ...BODY,
      '© 2026 Tarnside Broadcasting Network (Pvt) Ltd. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Tarn Valley FM');
  });

  it('names the masthead, not its Turkish owner with the words for journalism and publishing ("… Gazetecilik ve Yayıncılık A.Ş.")', () => {
    const m = metadataOf([
      'Tarsus Express',
      'Your city. Your news. Since 1987.',
      'Tarsus 9°C Light rain',
      'Monday, 16 March 2026',
      'Home',
      'Local',
      'Economy',
      'Sport',
      'Obituaries',
      'Sign in',
      'Subscribe',
      'Local',
      'Teacher pulled alive after 31 hours as contractor detained at airport',
      'Ana Roe – Tarsus',
      '16.03.2026 - 18:05',
      ...BODY,
      '© 2026 Tarsus Express Gazetecilik ve Yayıncılık A.Ş. All rights reserved.',
    ]);
    expect(m.outlet).toBe('Tarsus Express');
  });

  it('names an agency its capitals masthead spells out on the next line, not its news product ("DPA News")', () => {
    const m = metadataOf([
      'Landing craft reaches cut-off island | DPA News',
      'DPA NEWS',
      'Dunmore Press Association',
      'Landing craft reaches cut-off island',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Dunmore Press Association');
  });

  it('names a station whose masthead gives its initials and dial over its name, not the byline’s desk ("KVR News")', () => {
    const m = metadataOf([
      'KVR 97.4',
      'Kell Valley Radio',
      'Listen Live',
      'On air now: Afternoons with Cara Holt',
      'Home',
      'News',
      'Sport',
      'Travel',
      'Weather',
      'What’s On',
      'Contact',
      'Sign in',
      'Kellbridge 9°C Light showers',
      'News',
      'Local News',
      'Traders fear for the market after the fire',
      'By Ana Roe, KVR News',
      'The market hall on Calder Road (Image: KVR News)',
      ...BODY,
      'Listen to KVR News on the hour, every hour',
      '© 2026 Pennine Sound Broadcasting Ltd. KVR 97.4 is a trading name of Pennine Sound Broadcasting Ltd.',
    ]);
    expect(m.outlet).toBe('Kell Valley Radio');
  });

  it('names an agency as its masthead spells out its initials beside them ("HEPA  Harbour East Press Agency")', () => {
    const m = metadataOf([
      'Troops seize excavators in raids on illegal mines | HEPA',
      'HEPA  Harbour East Press Agency',
      'Troops seize excavators in raids on illegal mines',
      ...BODY,
    ]);
    expect(m.outlet).toBe('Harbour East Press Agency');
  });

  it('keeps a headline ending on a function word whole where the title line has it after a topic label', () => {
    const m = metadataOf([
      'Galamsey: Water firm shuts plant as river turns brown; troops ordered in | The Harbour Chronicle',
      'THE HARBOUR CHRONICLE',
      'Water firm shuts plant as river turns brown; troops ordered in',
      'Over 200,000 people without pipe-borne water as the minister announces a task force',
      ...BODY,
    ]);
    expect(m.title).toBe('Water firm shuts plant as river turns brown; troops ordered in');
  });
});

describe('a video’s own page titled "WATCH: …"', () => {
  it('keeps its title line and headline, which a media player’s label elsewhere would not be', () => {
    const m = metadataOf([
      'WATCH: Governor pledges pay by Friday | Harbour TV',
      'HARBOUR TV',
      'WATCH: Governor pledges pay by Friday',
      '03/03/2026 | 14:05 EAT',
      '[Video] The governor addresses the press on Tuesday. VIDEO | HARBOUR TV',
      ...BODY,
      '© 2026 Harbour Broadcasting Media Ltd. All rights reserved.',
    ]);
    expect(m.title).toBe('WATCH: Governor pledges pay by Friday');
    expect(m.outlet).toBe('Harbour TV');
  });
});

describe('a headline that ends on a function word ("… as flames close in")', () => {
  it('is the whole headline where the title line opens with it, not cut off before the standfirst', () => {
    const m = metadataOf([
      'Wildfire forces evacuation of Tarn Lake as flames close in | Harbour Wire',
      'HARBOUR WIRE',
      'Wildfire forces evacuation of Tarn Lake as flames close in',
      'Elders and children flown out first as smoke grounds planes for hours',
      'By Jane Marlow',
      ...BODY,
    ]);
    expect(m.title).toBe('Wildfire forces evacuation of Tarn Lake as flames close in');
  });
});

describe('a badge in capitals before the headline on its line ("LIVE  Ferry vote: …")', () => {
  it('is no part of the headline the title line gives', () => {
    const m = metadataOf([
      'Ferry vote: board approves terminal after recount - as it happened | The Dunmere Herald',
      'THE DUNMERE HERALD',
      'Home | News | Politics | Live',
      'LIVE  Ferry vote: board approves terminal after recount - as it happened',
      'Board chair says the result stands; objectors weigh a legal challenge',
      'Jane Marlow',
      'Thu 5 Mar 2026 21.47 GMT',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry vote: board approves terminal after recount - as it happened');
  });
});

describe('page metadata: a byline the page ran into its stamp ("… Ann Roe Published 03/03/2026, 09:02 | …")', () => {
  it('reads the date after the capitalised label inside the line', () => {
    const lines = [
      'Tribunal hears the former plant manager',
      'Reporting from the regional court: Ann Roe and Piet Vos Published 03/03/2026, 09:02 | Last update: 2 hours ago',
      'The hearing opened at nine with the former plant manager in the witness box for the whole of the morning.',
    ];
    expect(inferPublished(lines, 0)).toBe('2026-03-03');
  });

  it('is no stamp in a sentence of the story that merely holds the word and a date', () => {
    const lines = [
      'Tribunal hears the former plant manager',
      'The report the board had Published 03/03/2026 was withdrawn within a week after complaints from the residents of the quay and the harbour.',
    ];
    expect(inferPublished(lines, 0)).toBeUndefined();
  });
});

describe('page metadata: a page’s note of its own stamp ("This story was published on …")', () => {
  it('is the page’s date, though it reads as a sentence', () => {
    const lines = [
      'Ferry sinks off the cape',
      '2 hours ago',
      'Rescuers searched through the night for the missing passengers of the ferry, which sank before dawn.',
      'This story was published on Monday, March 2, 2026 at 17:05 WIB.',
    ];
    expect(inferPublished(lines, 0)).toBe('2026-03-02');
  });
});

describe('page metadata: a newsletter saved from a mail client', () => {
  const header = [
    'Subject: Harbour board approves new ferry terminal after two-year fight | Harbour Briefing',
    'From: Harbour Briefing - The Coastal Courier <briefing@news.coastalcourier.example>',
    'To: subscriber',
    'Date: Tue, 17 Mar 2026 06:58',
  ].join('\n');

  it('takes the headline from the subject and the outlet from the sender after the newsletter’s name', () => {
    const m = metadataOf([
      header,
      'View in browser',
      'HARBOUR BRIEFING',
      'Good morning. Today: the ferry vote.',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal after two-year fight');
    expect(m.outlet).toBe('The Coastal Courier');
    expect(m.published).toBe('2026-03-17');
  });

  it('does not read "Re:" or "Fwd:" as part of the headline, nor a sender that is only an address', () => {
    const m = metadataOf([
      [
        'Subject: Fwd: Harbour board approves new ferry terminal',
        'From: <briefing@example.org>',
        'Date: 17 March 2026',
      ].join('\n'),
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
    expect(m.outlet ?? '').not.toMatch(/@|From/);
  });
});

describe('page metadata: a menu written one label per line', () => {
  it('takes no label of it for the headline, though a label is several words long', () => {
    const m = metadataOf([
      'HARBOURSIDE',
      'Latest',
      'Markets',
      'Safety at Sea',
      'Vessels',
      'Policy',
      'People',
      'Log in',
      'Harbour board approves new ferry terminal after two-year fight',
      'By Ada Quill, ports correspondent',
      'March 13, 2026 | 4:05 PM',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal after two-year fight');
  });
});

describe('page metadata: a dotted date with a two-digit year', () => {
  it('is read after a label, with the time after a bar ("Published: 15.03.26 | 11:20")', () => {
    const m = metadataOf([
      'Harbour board approves new ferry terminal after two-year fight',
      'By Ada Quill',
      'Published: 15.03.26 | 11:20',
      ...BODY,
    ]);
    expect(m.published).toBe('2026-03-15');
  });
});

describe('page metadata: a headline in title case that ends like a sentence, over a byline', () => {
  const page = (headline: string) => [
    'THE HARBOUR STANDARD',
    'News | Politics | Business | Sport',
    headline,
    'A harbour board’s plan to close the old ferry quay has been shelved for now, but the fight is not over.',
    'By Jane Marlow',
    'Reporting from Meridale, Wales',
    'March 3, 2026 | 6:05 AM ET',
    ...BODY,
  ];

  it('is the headline, and the line saying where the reporter filed from never is', () => {
    const headline = 'The Ferry Stayed Put. The Fight Over Who Pays For It Did Not.';
    expect(metadataOf(page(headline)).title).toBe(headline);
  });

  it('is no headline when written as prose, and the filing line is none either', () => {
    const m = metadataOf(page('The ferry stayed put on the quay this week, and the fight went on.'));
    expect(m.title).not.toBe('Reporting from Meridale, Wales');
  });
});

describe('page metadata: a breadcrumb of section labels parted by a slash over the headline', () => {
  it('is no headline, even with a three-word label ("Regions / Valle del Cauca")', () => {
    const m = metadataOf([
      'THE HARBOUR STANDARD',
      'News | Politics | Regions | Sport',
      'Regions / Valle del Cauca',
      'Harbour board approves new ferry terminal',
      'By Jane Marlow',
      'March 2, 2026 | 5:40 PM',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour board approves new ferry terminal');
  });
});

describe('page metadata: a headline over a standfirst and a date line', () => {
  it('takes a headline that asks a question over its standfirst when a bare date line follows them', () => {
    const m = metadataOf([
      'The Harbour Standard',
      'News | Politics | Business | Sport',
      'Harbour’s reluctant heir: who is the new chair about to become?',
      'A marine biologist of 38 faces a job she has spent her life preparing for and avoiding',
      'Jane Marlow in Meridale',
      'Wed 11 Mar 2026 18.20 GMT',
      ...BODY,
    ]);
    expect(m.title).toBe('Harbour’s reluctant heir: who is the new chair about to become?');
  });

  it('reads a byline run on into its "Posted:" stamp as where the article opens', () => {
    const m = metadataOf([
      'Meridale News',
      'Home | Local | National | World | Politics | Business',
      'Who won the harbour debate? Depends which voters you ask',
      'Analysis: The deputy mayor played defence, the businessman played to his base, and the councillor gained',
      'Jonah Whitfield · Meridale News · Posted: Oct 22, 2026 11:30 AM ET | Last Updated: Oct 22, 2026 4:05 PM ET',
      'A candidate speaks to reporters after the debate. (Leah Dumont/Meridale News)',
      ...BODY,
    ]);
    expect(m.title).toBe('Who won the harbour debate? Depends which voters you ask');
  });
});

describe('page metadata: a match report whose byline says where the reporter was ("Tom Ashworth at the Saltings")', () => {
  it('is the byline, under a headline with a score line and the scorers between', () => {
    const m = metadataOf([
      'THE HARBOUR STANDARD',
      'News | Sport | Football | Opinion',
      'Late penalty sinks Kestrel Town as their manager turns fire on the referee',
      'Marlow United 2-1 Kestrel Town',
      'Okafor 23, Brandt 90+8 (pen); Lowe 51',
      'Jane Marlow at the Quayside',
      'Sat 14 Mar 2026 19.48 GMT',
      ...BODY,
    ]);
    expect(m.title).toBe('Late penalty sinks Kestrel Town as their manager turns fire on the referee');
  });
});

describe('page metadata: a masthead in capitals over a menu written one label per line', () => {
  it('is the outlet, not the publishing company of the copyright line', () => {
    const m = metadataOf([
      'QUARRY ENGINEERING REVIEW',
      'Tunnels & Shafts',
      'Aggregates',
      'Blasting',
      'Policy',
      'Jobs',
      'Log in',
      'Quarry collapse inquiry finds warnings were ignored for years',
      'By Jane Marlow',
      'March 2, 2026 | 5:40 PM',
      ...BODY,
      'Sign up for the QER Daily newsletter',
      '© 2026 Brackenfield Technical Media Ltd. Registered in England and Wales.',
    ]);
    expect(m.outlet).toBe('Quarry Engineering Review');
  });
});

describe('page metadata: a series label ending in a year over the headline ("US midterm elections 2026")', () => {
  it('is not the headline, with a byline that says where the reporter was', () => {
    const m = metadataOf([
      'THE HARBOUR STANDARD',
      'News | World | Politics | Sport',
      'Harbour elections 2026',
      'Dead heat at the docks: why one ward may decide who runs the harbour board',
      'Dock workers, a silted channel and a flood of adverts – the chair’s lead has all but vanished',
      'Jane Marlow in Port Ellery',
      'Fri 23 Oct 2026 07.30 BST',
      ...BODY,
    ]);
    expect(m.title).toBe('Dead heat at the docks: why one ward may decide who runs the harbour board');
  });
});

describe('a page with no title line, its headline under the masthead and menus', () => {
  it('passes over an appeal for readers’ money ("Support the Herald") to the headline', () => {
    const m = metadataOf([
      'The Dunmere Herald',
      'News | Opinion | Sport | Culture',
      'Support the Herald',
      'Subscribe',
      'Ferry terminal approved after two-year planning fight',
      'Objectors say they will weigh a legal challenge to the board’s vote',
      'Jane Marlow in Dunmere',
      'Tue 3 Mar 2026 11.42 GMT',
      ...BODY,
    ]);
    expect(m.title).toBe('Ferry terminal approved after two-year planning fight');
  });

  it('keeps a headline that ends on a function word whole when a standfirst follows it over the byline', () => {
    const m = metadataOf([
      'The Dunmere Herald',
      'News | Opinion | Sport | Culture',
      '‘We did not cut a word’: ferry board chair on why the recording stayed in',
      'Objectors asked for the meeting’s audio to be edited before it was published',
      'By Jane Marlow',
      'Tuesday 3 March 2026, 11:05 am',
      ...BODY,
    ]);
    expect(m.title).toBe('‘We did not cut a word’: ferry board chair on why the recording stayed in');
  });

  it('reads an amount with a decimal point as no time of day ("haul touches ₹6.75 crore")', () => {
    const m = metadataOf([
      'The Dunmere Herald',
      'Regional Elections 2026',
      'Notice to candidate as warehouse haul touches ₹6.75 crore',
      'Second search yields ₹2.55 crore; minister says the law will take its course',
      'Jane Marlow',
      'Published - March 25, 2026 06:40 am IST',
      ...BODY,
      '‘Law will take its course’',
      ...BODY,
    ]);
    expect(m.title).toBe('Notice to candidate as warehouse haul touches ₹6.75 crore');
  });

  it('passes over a section label that repeats a label of the menu row ("Horn of Africa")', () => {
    const m = metadataOf([
      'DUNMERE COURIER',
      'Home | News | Politics | Horn of Africa | Opinion | Sport',
      'Subscribe | Login',
      'Horn of Africa',
      'Regional state appeals for help as camp passes 40,000',
      'By Jane Marlow, Courier Reporter',
      'Tuesday, March 10, 2026',
      ...BODY,
    ]);
    expect(m.title).toBe('Regional state appeals for help as camp passes 40,000');
  });

  it('takes a headline written all in capitals ("CITY GO BACK IN FOR HARBOUR STARLET")', () => {
    const m = metadataOf([
      'THE DAILY CLARION',
      'News | Sport | Football | Showbiz',
      'Sign in | Subscribe',
      'CITY GO BACK IN FOR HARBOUR STARLET',
      'Dunmere table second offer worth up to £26m after opening approach is snubbed',
      'By Jane Marlow, Chief Football Reporter',
      'Updated 21:15 GMT, 28 January 2026',
      ...BODY,
    ]);
    expect(m.title).toBe('CITY GO BACK IN FOR HARBOUR STARLET');
  });
});

describe('a wire service’s version tag before the headline ("UPDATE 2-Former chief tells trial …")', () => {
  it('is no part of the headline the title line gives', () => {
    const m = metadataOf([
      'Former plant chief tells dam trial he was never warned | Transatlantic Press',
      'Transatlantic Press',
      'World',
      'Business',
      'Sign in',
      'UPDATE 2-Former plant chief tells dam trial he was never warned',
      'By Rafael Moura and Joanna Pereira',
      'March 12, 2031 4:05 PM GMT',
      ...BODY,
    ]);
    expect(m.title).toBe('Former plant chief tells dam trial he was never warned');
  });
});

describe('page metadata: a badge before the headline in the title line ("LIVE | Headline | Site")', () => {
  it('reads the site after the last separator as the outlet, not the copyright line’s company', () => {
    const m = metadataOf([
      'LIVE | Harbour vote: board approves ferry terminal after two-year fight | HarbourPulse',
      'HarbourPulse',
      'Home',
      'News',
      'Harbour vote LIVE updates: board approves ferry terminal after two-year fight',
      ...BODY,
      'Copyright © 2029 Pulse Digital Networks Pvt Ltd. All rights reserved.',
    ]);
    expect(m.outlet).toBe('HarbourPulse');
  });
});

describe('page metadata: lines with a year', () => {
  it('reads a masthead’s tagline with its founding year as furniture, like a date stamp', () => {
    for (const line of ['O jornal do Vale do Anjo desde 1958', 'Serving the valley since 1921', 'Est. 1887'])
      expect(isBylineOrStamp(line), line).toBe(true);
  });

  it('reads a stamp by its day, time or numeric date, and a headline that names a year as none', () => {
    expect(isBylineOrStamp('12.03.2026, 17:34')).toBe(true);
    expect(isBylineOrStamp('Thursday 12 March 2026, updated at 5.34pm local time in the capital')).toBe(true);
    expect(
      isBylineOrStamp('Former bank finance chief says she warned her boss about property values in 2025'),
    ).toBe(false);
  });
});
