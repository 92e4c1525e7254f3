/**
 * Common given names whose bearers are nearly always of one gender, across the languages news is written
 * about: a prior for "he"/"she" when an article gives no honorific or pronoun near a name. Names used for
 * both (Alex, Jordan, Kim, Jean, Andrea…) are left out; evidence in the text always outweighs this list.
 */
import type { Gender } from './people.ts';

const FEMALE = `
aileen amalie anouk corinne delia elvira eulogia eunice fabiola giuliana graciela jacinta josefa kavitha keisha
leilani lidia loretta marguerite mereana miriama nandini ngaire parveen rosnah sudha suzette teodora odile indah
kalolaine anaseini losana maren
lidija jelena vesna snezana snježana mirela irena sofie
meera neha divya sneha kavya ananya
abigail ada adele adriana agnes aisha alexandra alice alicia alina alison amanda amelia amy ana anastasia
angela angelica anita ann anna anne annette antonia april ariana audrey barbara beatrice beatriz becky
belinda bernadette beth bethany betty beverly bianca brenda bridget brittany camila carla carmen carol carole
caroline carolyn catherine cecilia celia charlotte chiara chloe christina christine cindy claire clara
claudia colleen constance cristina cynthia daisy dana daniela danielle daphne deborah debra denise diana
diane dolores donna doris dorothy edith elaine eleanor elena elisa elisabeth eliza elizabeth ella ellen
eloise elsa emily emma erica erin esther eva evelyn fatima fiona florence frances francesca gabriela
gabrielle gayle gemma georgia geraldine gina giulia gloria grace greta gwen hannah harriet hazel heather
heidi helen helena helga hilary holly ingrid irene iris isabel isabella isabelle jacqueline jane janet
janice jasmine jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith judy julia
julie juliet justine karen katarzyna kate katherine kathleen kathryn katie katrin kelly kimberly kirsten
laura lauren leah leila lena leslie lillian linda lisa lois lorraine louise lucia lucy lydia lynn
madeleine magdalena margaret margarita maria marie marilyn marina marion marisa martha martina mary
maureen maya megan melanie melissa mercedes meredith michelle mildred miranda miriam molly monica
monika nadia nancy naomi natalia natalie natasha nicole nina noor nora olga olivia paola patricia
paula pauline penelope petra phyllis pilar priya rachel rebecca regina renata rita roberta rosa
rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah shannon sharon sheila shirley
silvia simone sofia sonia sophia sophie stephanie susan susanne suzanne svetlana sylvia tamara tanya
teresa theresa tiffany tina tracy ursula valentina valerie vanessa vera veronica victoria virginia
vivian wanda wendy yasmin yolanda yvonne zoe zoë zainab ayesha mariam sunita anjali deepa pooja lakshmi
astrid sigrid karin birgit kerstin marit sanne femke lotte freya hanne annika linnea maja ebba elin frida inga tove anneke margit solveig ragnhild agnieszka małgorzata malgorzata katarina ulrike urse
inés ines inês rocío rocio lucía belén belen begoña montserrat nuria ainhoa itziar joana graça xiana sabela iria noelia marta purificación
kirsty siobhan bronagh aoife niamh mairead orla cerys sian gudrun zuzana lenka ivana milena ludmila katerina kateřina radka jitka hana dagmar bozena božena
marisol mireille genevieve geneviève elodie élodie amelie amélie brigitte chantal colette delphine francoise françoise josiane juliette lucie manon mathilde nathalie oceane océane sandrine severine séverine solene solène sylvie valerie valérie veronique véronique yvette ghislaine aurelie aurélie celine céline
alejandra araceli catalina consuelo esperanza guadalupe lorena lourdes luisa luz milagros paloma soledad ximena alessandra benedetta federica giovanna ilaria raffaella serena anke heike ilse jutta renate sabine silke beata dorota ewa grazyna grażyna halina jadwiga zofia åsa asa
ngozi nkechi adaeze folake funmilayo yetunde wanjiru wambui akinyi chiamaka titilayo
halima amina hauwa hadiza hajara chioma ifeoma bukola kemi aminat
sigridur kristin margret sigrun ingibjorg hildur thorunn ragnheidur johanna bryndis steinunn thordis
gisèle gisele josée josee hélène helene amira lerato elise cornelia francisca katharina annelie marites annabelle renee renée chidinma eleni irina tatiana oksana yulia daria ekaterina mariana fernanda juliana leticia carolina isabela larissa luana priscila thais vitoria aurora eliana emilia estelle fleur ivy jolene kayla kendra leonie lila liliana lina lotta mabel madison mia mila nadine noemi ophelia pamela rhiannon rosalie selma stella tessa thea vivienne wilhelmina yara zara zeynep elif ayse fatma emine hatice merve busra aylin defne ecem gizem yasemin leyla rania salma huda layla dalia hala rana rasha reem samira siham suha zeina
ioanna athina vasiliki despina panagiota kalliopi chrysa evangelia dimitra aikaterini stavroula konstantina angeliki fotini paraskevi
aila aino anneli annikki anu eija eila elina hanna heli helmi hilkka irja kaarina kaisa katja kirsi kristiina leena liisa maarit marja marjatta marjo minna mirja nelli outi päivi paivi pirjo pirkko raija riikka riitta ritva sari satu seija sirkka sirpa suvi tarja terhi tiina tuija tuula ulla virpi
imogen fenella tabitha arabella beatrix clementine cressida felicity georgina henrietta jemima lavinia letitia lucinda matilda octavia ottoline philippa rosamund tamsin verity poppy ruby scarlett phoebe isla evie maisie millie elspeth morag eilidh ailsa catriona fionnuala grainne roisin sinead clodagh deirdre maeve nuala saoirse caoimhe ciara gwyneth bronwen carys ffion nerys seren hermione marigold minerva persephone primrose sybil violet winifred bethan
leanne tracey stacey jodie kylie shona carly hayley chelsea jenna kara kristen kristina marcia melinda nikki olive
peggy rhonda robyn roxanne sheryl sherry sonya tammy tara vicki alana alisha bronwyn narelle sienna tegan gail dawn
lorna moira eileen maxine janine kristy mandy tania trudy shelley rochelle kathy cathy sue
`;

const MALE = `
aditya arvid arvind benedikt bryce cesare colm daudi dimas donato eamon edvard emanuele farhan farid faustino
gopal gregor harald harish harrison hendra hernán hernan imran ioane iosefa ivo jonah joran julián kaspar kasper
luca lucio moses octavio olav rafi rahim rendra rolando samir teodoro tomasi wes wilber wilfredo
marko luka goran zoran petar tomislav dragan aleksandar bojan darko dejan teodor viktor aurel milos miloš radek
aled rhodri emrys iwan tomas tomás augustin
josh matt dan rob andy pete phil zach kyle ethan dylan connor ron don
aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alessandro alexander alfred
ali alistair andre andreas andrew angelo anthony antonio arthur arturo barry ben benjamin bernard bill
billy bob bobby boris brad bradley brandon brendan brian bruce bruno bryan carl carlo carlos charles
charlie chris christian christopher clarence claude colin craig dale daniel dario darren dave david
dean dennis derek diego dmitri dominic donald douglas duncan dustin earl eddie edgar eduardo edward
edwin emil emilio enrique eric erik ernest ernesto eugene fabio federico felipe felix fernando filippo
francesco francis francisco frank franz fred frederick gabriel gareth gary george gerald gerhard
giovanni giuseppe glenn gordon graham greg gregory guillermo gustavo hamid hans harold harry hassan
hector heinrich henry herbert howard hugh hugo hussein ian igor ivan jack jacob jake james jason javier
jeff jeffrey jeremy jerry jesse jim jimmy joe joel johan john johnny jonathan jorge jose josef joseph
joshua juan julian julio justin karl keith ken kenneth kevin klaus krzysztof larry lars lawrence leo
leon leonard lewis liam lorenzo louis lucas luigi luis luke malcolm manuel marc marcel marco marcus mario
mark martin matteo matthew maurice max michael miguel mike mikhail mohamed mohammad mohammed muhammad
nathan neil nicholas nick nicolas nigel noah norman oliver omar oscar owen pablo patrick paul pedro
peter philip philippe pierre rafael ralph ramon randy raymond reginald ricardo richard rick robert
roberto roger roland ronald ross roy russell ryan salvatore samuel scott sean sebastian sergei sergio
simon stanley stefan stephen steve steven stuart ted terry thomas tim timothy tobias todd tom tommy tony
travis trevor tyler victor vincent vladimir walter warren wayne william willie wolfgang yusuf yuri
zachary rajesh rahul sanjay vijay arjun ravi amit suresh mohan kwame kofi olu emeka
ibrahim musa sule yakubu usman aliyu abubakar abdullahi chinedu obinna ikechukwu nnamdi babatunde olusegun tunde femi kunle
rasmus anders nils henrik sven bjorn bjørn magnus mikkel jesper jens jurgen jürgen dieter torsten kurt konrad pieter maarten willem dirk joost sande
declan callum alfie ewan ciaran eoin seamus fergus hamish rhys gethin bram helmut horst uwe rolf ulrich matthias mats olaf gunnar leif erling einar arne knut tomasz piotr pawel paweł marek jakub andrzej hiroshi takashi kenji radomir radomír miroslav jaroslav vaclav václav zdenek zdeněk ondrej ondřej lukas lukáš matej matěj bohdan jiri jiří milan dusan dušan
baltasar xoán xosé anxo iago joão gonçalo duarte tiago amadeu íñigo iñaki jordi álvaro alvaro rubén ruben adrián iván gonzalo ignacio celso
anton nicolai nikolai ray chad troy dwight stewart lloyd floyd marvin otto andrés andres tariq vikram
mathieu mathias thierry guillaume benoit benoît etienne étienne olivier yves didier herve hervé laurent lucien renato rodel esteban joaquin joaquín mateo rodrigo santiago giacomo massimo niccolo niccolò paolo riccardo stefano vittorio michal michał piotr tomasz wojciech andrzej grzegorz marek pawel paweł oyvind øyvind olufemi babajide chukwuemeka
gudmundur sigurdur olafur kristjan johann arni helgi thorsteinn hallgrimur thorvaldur jon
anand arun ashok deepak manoj naveen prakash rakesh ramesh sunil vivek ajay anil sachin rohit nikhil
luc gilles jacques andré andre françois francois rené rene denis sylvain stéphane stephane gaétan gaetan réjean rejean ghislain normand wycliffe dwayne tarek konstantinos chukwudi sione nikos giorgos dimitris yannis kostas vasilis panagiotis christos spyros stavros thanasis alexei dmitry sergey andrei pavel oleg vladislav mateus thiago leandro marcelo vinicius caio murat mehmet mustafa emre burak ahmet hakan kemal cem omer youssef karim khalid walid hisham amr mahmoud mostafa sherif hossam osama
ioannis yiannis giannis vassilis athanasios yiorgos theodoros manolis michalis apostolos evangelos nikolaos georgios
antti ari eero eino erkki esa hannu heikki ilkka jaakko jari jarmo jouni juha juhani jukka jussi kalle kimmo lauri markku matti mikko olli osmo paavo pekka pentti petri raimo reijo risto seppo taisto tapani tapio teemu timo toivo tuomas tuomo veikko ville
desmond rafe gideon rupert crispin jasper giles clive quentin barnaby piers rory angus cormac fraser alasdair lachlan bertie archie freddie harvey jude miles nathaniel oswald percy roderick rufus silas toby tristan wilfred xavier ambrose benedict cedric cyril edmund elliot gavin geoffrey gilbert godfrey horace humphrey ivor lionel neville percival randolph reuben seth sidney thaddeus theo theodore vaughan vernon wallace winston kieran niall padraig conor darragh cian ronan dermot fintan gerard malachy gwyn dafydd emlyn iestyn alun huw owain
shane brett trent clint rodney jarrod cody jock mitchell finn
`;

const words = (list: string) => list.split(/\s+/).filter((w) => w !== '');

export const GIVEN_NAME_GENDERS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...words(FEMALE).map((w): [string, Gender] => [w, 'f']),
  ...words(MALE).map((w): [string, Gender] => [w, 'm']),
]);

/**
 * Common Korean given names, folded without their hyphen ("Min-jun" → "minjun"). They follow the family
 * name ("Kim Min-jun"), so they are read only as the hyphenated second word of a two-word name, never as a
 * first word or where a body's words end and a name starts.
 */
const KOREAN_FEMALE = `
seoyeon seoyun haeun minseo soyeon sooyeon jiyeon eunji hyejin sujin hyewon jieun nayeon mira miyoung
eunyoung yeonhee sunhee jiyoung
`;
const KOREAN_MALE = `
minjun seojun doyun yejun hajun jihoon junseo hyunwoo sungmin jaehyun donghyun youngho sungho jinwoo minho
sanghoon jaewon seungho
`;

export const HYPHENATED_GIVEN_NAME_GENDERS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...words(KOREAN_FEMALE).map((w): [string, Gender] => [w, 'f']),
  ...words(KOREAN_MALE).map((w): [string, Gender] => [w, 'm']),
]);

/**
 * Patronymic particles that say whose child the bearer is ("Badriya bint Salim": a daughter; "Tariq bin
 * Hilal", Malay "a/l": a son), and so the bearer's gender.
 */
export const PATRONYMIC_GENDERS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['bin', 'm'],
  ['ibn', 'm'],
  ['a/l', 'm'],
  ['bint', 'f'],
  ['binti', 'f'],
  ['a/p', 'f'],
  // Singapore's and Malaysia's "son of" and "daughter of" ("Vikram s/o Rajendran").
  ['s/o', 'm'],
  ['d/o', 'f'],
]);

/**
 * Endings of patronymics written as one word after the given name, and the gender they give: Russian and
 * Ukrainian "-ovich"/"-ovna" ("Yerzhan Bekovich", "Anna Petrovna"), Kazakh "-uly"/"-kyzy" ("Gulnar
 * Serikkyzy"), Azerbaijani and Uzbek "-ogly"/"-qizi". Given name and patronymic together are how these
 * languages address someone with courtesy.
 */
export const PATRONYMIC_ENDINGS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['ovich', 'm'],
  ['evich', 'm'],
  ['uly', 'm'],
  ['ogly', 'm'],
  ['ovna', 'f'],
  ['evna', 'f'],
  ['ichna', 'f'],
  ['kyzy', 'f'],
  ['qyzy', 'f'],
  ['qizi', 'f'],
]);

/** The gender a one-word patronymic gives ("Serikkyzy": a daughter), if the word is one. */
export function patronymicEndingGender(word: string): Gender | undefined {
  const folded = word.toLowerCase();
  for (const [ending, gender] of PATRONYMIC_ENDINGS)
    if (folded.length > ending.length + 2 && folded.endsWith(ending)) return gender;
  return undefined;
}

/**
 * Pet forms of given names that share no start with them ("Chema" for José María, "Manolo" for Manuel,
 * "Bill" for William), by the folded pet form: the formal given names (folded, words apart) it stands for.
 * Pet forms that begin as the name does ("Alex", "Rafa", "Santi") need no entry: a short given name that
 * starts the longer one is read as it (people/fullNames.ts).
 */
export const PET_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  // Spanish and Portuguese.
  (
    'chema:jose maria|manolo:manuel|charo:rosario|pepe:jose|paco:francisco|pancho:francisco|curro:francisco|' +
    'nacho:ignacio|lola:dolores|concha:concepcion|conchi:concepcion|pili:pilar|quique:enrique|' +
    'kiko:francisco,enrique|toni:antonio|nando:fernando|maite:maria teresa|merche:mercedes|lupe:guadalupe|' +
    'chuy:jesus|chus:jesus,maria jesus|memo:guillermo|beto:roberto,alberto|chelo:consuelo|' +
    'tere:teresa|fito:adolfo,rodolfo|juanma:juan manuel|josemi:jose miguel|' +
    // English.
    'bill:william|billy:william|will:william|bob:robert|bobby:robert|rob:robert|dick:richard|rick:richard|' +
    'jim:james|jimmy:james|jack:john|johnny:john|ted:edward|ned:edward|chuck:charles|hank:henry|' +
    'peggy:margaret|maggie:margaret|liz:elizabeth|beth:elizabeth|betsy:elizabeth|bess:elizabeth|' +
    'sally:sarah|polly:mary|molly:mary|kate:katherine,catherine|kathy:katherine,kathleen|' +
    'sandy:alexander,alexandra,sandra|tony:anthony|larry:lawrence|harry:henry,harold|' +
    // Greek (and the two ways of writing Giorgos in Latin letters).
    'nikos:nikolaos|kostas:konstantinos|giannis:ioannis|yannis:ioannis|dimitris:dimitrios|' +
    'thanasis:athanasios|panos:panagiotis|manolis:emmanouil|vasilis:vasileios|stelios:stylianos|' +
    'lefteris:eleftherios|michalis:michail|babis:charalambos|yiorgos:giorgos,georgios|giorgos:georgios|' +
    // Russian and Ukrainian.
    'sasha:aleksandr,alexander,aleksandra|misha:mikhail|dima:dmitry,dmitri|kolya:nikolai|' +
    'volodya:vladimir,volodymyr|seryozha:sergei|zhenya:yevgeny,yevgenia|katya:yekaterina|masha:maria'
  )
    .split('|')
    .map((pair) => {
      const [pet, formal] = pair.split(':') as [string, string];
      return [pet, formal.split(',')] as [string, string[]];
    }),
);
