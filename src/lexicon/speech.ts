/**
 * Verbs that introduce reported speech in news copy ("said", "told", "laughed"), as written: case matters
 * ("United States" is not the verb "states"). Participles continue a sentence whose subject already spoke.
 */

/** Past and present forms. */
export const SPEECH_VERBS: readonly string[] = [
  ...'said says say told tells added adds wrote writes tweeted tweets posted stated states declared declares'.split(
    ' ',
  ),
  ...'noted notes explained explains asked asks replied replies insisted insists warned warns argued argues'.split(
    ' ',
  ),
  ...'claimed claims continued continues reported reports recalled recalls announced announces acknowledged'.split(
    ' ',
  ),
  ...'acknowledges conceded concedes remarked remarks commented comments responded responds urged urges'.split(
    ' ',
  ),
  ...'stressed stresses emphasized emphasised observed observes confirmed confirms predicted predicts vowed'.split(
    ' ',
  ),
  ...'vows countered counters quipped quips joked jokes admitted admits suggested suggests cautioned cautions'.split(
    ' ',
  ),
  ...'complained complains boasted boasts laughed laughs revealed reveals shared shares mused muses sighed'.split(
    ' ',
  ),
  ...'shouted yelled cried whispered muttered exclaimed pleaded promised promises recounted recounts lamented'.split(
    ' ',
  ),
  ...'laments concluded concludes maintained maintains contended contends assured reflected reflects'.split(
    ' ',
  ),
  ...'marvelled marveled gushed raved scoffed snapped snaps testified wondered wonders demanded demands'.split(
    ' ',
  ),
  ...'offered offers answered answers agreed agrees reminded reminds written'.split(' '),
  ...'fumed fumes raged rages thundered thunders seethed retorted retorts protested interjected grumbled'.split(
    ' ',
  ),
  ...'chuckled chuckles sobbed beamed pledged pledges asserted asserts hailed hails'.split(' '),
  // Translated French copy ("confie", "assure", "affirme"): "…, he confides.", "…, she affirms."
  ...'confided confides affirmed affirms assures'.split(' '),
  // "…, she alleged.", "The rest, he alleged, had gone …"
  ...'alleged alleges'.split(' '),
  // "Slade texted her agent “this is going to finish him”": the words of a message.
  ...'texted messaged emailed'.split(' '),
  // "where strikers chanted “No contract, no wheels”": a crowd's words.
  ...'chanted chant chants'.split(' '),
  ...'criticised criticized criticises criticizes'.split(' '),
  // "he apologised for “an experience that fell short”": the words of the apology.
  ...'apologised apologized apologises apologizes'.split(' '),
  'pointed out',
  'points out',
  'went on',
  // Counsel's questions in court: "Threlfall put it to him that his firm had “designed a trap”".
  'put it to',
  'weighed in',
  // "“That’s a no, then,” Moss shot back."
  'shot back',
  'fired back',
  'hit back',
  'chimed in',
  // After "was keen to", "was quick to" (an auxiliary phrase below): the verb in its base form.
  ...'stress emphasise emphasize'.split(' '),
  'point out',
];

/**
 * A judge's or an inquiry's findings, quoted from the ruling or report: "She ruled the claim was “likely to
 * succeed”", "found “a real risk …”", "finding that she was “likely to succeed”". Cues of a quotation only
 * (a sentence that merely says someone found something is no speech).
 */
export const FINDING_VERBS: readonly string[] = 'ruled rules found finds finding ruling'.split(' ');

/**
 * A court's holding ("“…,” she held.", "the judge held that the deal was “void”"): a finding only where it
 * ends the clause or takes "that" ("held a press conference", "was held in custody" are no speech).
 */
export const HOLDING_VERBS: readonly string[] = ['held', 'holds'];

/**
 * Speech verbs in their base form, cues only after "to" ("used the briefing to warn that …", "rose to
 * insist"): as bare words they are a present tense of the first person or a plural, and no cue.
 */
export const SPEECH_INFINITIVES: readonly string[] = (
  'warn insist argue explain declare announce claim urge complain reveal admit confirm promise vow pledge ' +
  'deny suggest note tell remind assure'
).split(' ');

/**
 * Verbs that are a cue only right after a quotation and closing their clause ("“Good morning,” he began.");
 * elsewhere they begin things, not speech ("The hearing began on Monday").
 */
export const CLOSING_SPEECH_VERBS: readonly string[] = ['began', 'begins'];

/** The one-word speech verbs, for a lookup of a single word ("added", "replied"). */
export const SPEECH_VERB_WORDS: ReadonlySet<string> = new Set(SPEECH_VERBS.filter((v) => !v.includes(' ')));

/** "…, adding …": a participle shares the subject of the verb or sentence before it. */
export const SPEECH_PARTICIPLES: readonly string[] = (
  'saying telling adding writing noting explaining asking tweeting declaring warning arguing insisting ' +
  'stressing recalling shouting yelling screaming'
).split(' ');

/**
 * "…, describing the display as “…”", "…, calling it “…”": naming participles, the subject's words only when
 * the quotation is what they name; after a quotation they name something else (", calling the question
 * argumentative").
 */
export const NAMING_PARTICIPLES: readonly string[] =
  'describing calling dubbing branding labelling labeling'.split(' ');

/**
 * "X called it “…”", "described as", "dubbed", "accused Y of “…”", "dismissed it as “…”": naming, a speech
 * act only with an active subject ("he was accused of" quotes his accuser).
 */
export const NAMING_VERBS: readonly string[] =
  'called calls described describes dubbed dubs accused accuses branded brands labelled labeled labels dismissed dismisses'.split(
    ' ',
  );

/**
 * Verbs of seeing, hearing and recording whose object the next words show speaking ("the audio records
 * Pruitt shouting:", "footage showed Ames telling them"): the one heard, whatever the subject is.
 */
export const PERCEPTION_VERBS: ReadonlySet<string> = new Set(
  (
    'records recorded captures captured shows showed shown hears heard sees saw catches caught films filmed ' +
    'features featured'
  ).split(' '),
);

/** Auxiliaries and adverbs that sit between a subject and its speech verb ("Kim was heard saying"). */
export const AUXILIARIES: readonly string[] = (
  'was were is are been be heard seen quoted also later then had has have once previously earlier ' +
  'reportedly would will could can may might did does again separately publicly privately repeatedly simply ' +
  'just further first last recently himself herself later quickly quietly'
)
  .split(' ')
  // "was keen to stress that", "was quick to point out": the subject's eagerness, then the speech verb.
  .concat(['keen to', 'quick to', 'eager to', 'careful to', 'anxious to', 'at pains to'])
  // "X declined to say whether …, saying only that “…”": what the subject would not say, then what they did.
  .concat(['declined to', 'refused to', 'went on to', 'chose to']);

/** Things written that speak for their author ("the letter said", "“…,” the declaration reads"). */
export const WRITING_NOUNS: readonly string[] = [
  'statement',
  'letter',
  'email',
  'e-mail',
  'post',
  'memo',
  'message',
  'note',
  'declaration',
  'affidavit',
  'tweet',
];

/**
 * Filipino cues English-language Philippine outlets keep after a quotation in Tagalog ("“…,” sabi ni
 * Commodore Santos.", "ani Gov. Bongbong", "ayon kay Santos"): said by, then who.
 */
export const FILIPINO_SPEECH_CUES: readonly string[] = [
  'sabi ni',
  'sabi naman ni',
  'wika ni',
  'dagdag ni',
  'ani',
  'ayon kay',
];
