// The sources of ../shared/DOMAIN.md, by tag, as the templates cite them. A figure tagged
// [S#] cites one of these; the url is only ever the domain path DOMAIN gives, never a guess.
import type { WorkbookMeta } from '../../src/core/file/schema';

type Source = WorkbookMeta['sources'][number];

const SOURCES = {
  S1: {
    label: 'Leicestershire County Council — library room hire costs',
    url: 'https://leicestershire.gov.uk',
  },
  S2: {
    label: 'East Sussex County Council — library meeting rooms',
    url: 'https://eastsussex.gov.uk',
  },
  S3: { label: 'Suffolk Libraries — room hire, Newmarket', url: 'https://suffolklibraries.co.uk' },
  S5: { label: "Clacton & Frinton Gazette (article 17967543) — kids' parties in Essex libraries" },
  S6: {
    label: 'Walthamstow Toy Library — terms and conditions',
    url: 'https://walthamstowtoylibrary.org/tcs',
  },
  S7: { label: 'Jolly Roger play centre — parties', url: 'https://jollyrogerplay.com/parties' },
  S8: { label: 'Arts Council England — author events in libraries case study' },
  S9: {
    label: 'Public Libraries News (2016/12) — charging for events',
    url: 'https://publiclibrariesnews.com/2016/12',
  },
  S10: {
    label: 'Did You Say ODE blog (2015/05) — Fab Futures Devon',
    url: 'https://didyousayode.blogspot.com/2015/05',
  },
  S11: { label: 'gov.uk case study — Fab Lab Devon', url: 'https://gov.uk' },
  S12: { label: 'FabLab Lübeck — costs', url: 'https://fablab-luebeck.de/kosten' },
  S13: {
    label: 'Nottinghack wiki — New Laser Cutter Project 2014',
    url: 'https://wiki.nottinghack.org.uk',
  },
  S14: { label: 'Making Rooms — interview', url: 'https://makingrooms.org' },
  S15: {
    label:
      'LRB v22 n12 (British Library adopt-a-book tiers); City of York Council — Explore annual report 2022/23',
  },
  S16: {
    label: 'Exeter Chamber (2016/11 and 2017/06) — Exeter rare books adoption',
    url: 'https://exeterchamber.co.uk',
  },
  S17: { label: 'BBC News uk-england-suffolk-19068241 — Suffolk library spending' },
  S18: {
    label: 'Suffolk County Council — additional library funding',
    url: 'https://suffolk.gov.uk',
  },
  S20: {
    label: 'Suffolk Libraries — what Suffolk stands to lose',
    url: 'https://suffolklibraries.co.uk',
  },
  S21: {
    label: 'Mutual Ventures — Libraries Unlimited case study; Devon News Centre',
    url: 'https://mutualventures.co.uk',
  },
  S22: { label: 'Tender notice ocds-h6vhtk-0516af (Inspire, Nottinghamshire)' },
  S23: {
    label: 'The Bookseller 1130326; CIPFA press release; gov.uk — analysing CIPFA statistics',
  },
  S24: {
    label: 'Public Libraries News — useful statistics',
    url: 'https://publiclibrariesnews.com/useful/statistics',
  },
  S25: {
    label: 'LGPS Scheme Advisory Board — 2022 valuations report',
    url: 'https://lgpsboard.org',
  },
  S26: {
    label: 'Derbyshire Pension Fund — admission bodies',
    url: 'https://derbyshirepensionfund.org.uk/admissionbodies',
  },
  S27: {
    label: 'Peninsula Pensions — TUPE and admitted bodies',
    url: 'https://peninsulapensions.org.uk',
  },
  S28: {
    label:
      'Senedd Petitions Committee briefing P-05-726 (2016); Blake Morgan — discretionary relief',
  },
  S29: {
    label:
      'Civil Society — VAT on public grants and contracts; Mills & Reeve — grant funding vs contracts',
  },
  S30: { label: 'PA Consulting — shared services in local government (2011)' },
  S31: { label: 'gov.uk — Mutuals Support Programme', url: 'https://gov.uk' },
  S32: { label: 'gov.uk — libraries ADM toolkit, stage 8 transition', url: 'https://gov.uk' },
  S35: { label: 'Green Book supplementary guidance — optimism bias' },
  S36: {
    label: 'City of York Council Executive, 13 Jan 2022 — Future Libraries Investment Programme',
  },
  S38: { label: 'Hertfordshire — co-locating four libraries with retained fire stations' },
  S39: { label: 'Local Government Association — One Public Estate', url: 'https://local.gov.uk' },
  S40: { label: 'The future of Darlington libraries (community business case)' },
  S41: {
    label: 'Voices for the Library — London Library Change Programme savings',
    url: 'https://voicesforthelibrary.org.uk',
  },
  S42: { label: 'London Library Change Programme presentation' },
  S43: { label: 'The Guardian (2011/06/20) — merging library services' },
  S44: { label: 'South Hams DC Audit Committee, 10 Mar 2022 — shared services methodology' },
  S45: {
    label: 'gov.uk — libraries alternative delivery models toolkit: models explained',
    url: 'https://gov.uk',
  },
  S46: {
    label: 'gov.uk — libraries alternative delivery models toolkit: stage 5 options appraisal',
    url: 'https://gov.uk',
  },
  S47: {
    label: 'gov.uk — libraries alternative delivery models toolkit: templates 8-9',
    url: 'https://gov.uk',
  },
  S48: { label: 'Green Book supplementary guidance — multi-criteria analysis' },
  S49: {
    label: 'gov.uk — Green Book discount rate review 2026, terms of reference',
    url: 'https://gov.uk',
  },
  S50: { label: 'HM Treasury — The Green Book (2022): appraisal against Business As Usual' },
  S51: { label: 'HM Treasury — The Green Book (2022): real prices and appraisal period' },
  S52: { label: 'HM Treasury — The Green Book (2022): transfers and the public-sector view' },
  S53: { label: 'HM Treasury — The Green Book (2022): optimism bias' },
  S54: { label: 'HM Treasury — The Green Book (2022): sensitivity, switching values and BCR' },
  S55: { label: 'HM Treasury — The Green Book (2022): VAT treatment of options' },
  S56: { label: 'DfT — value for money guidance' },
} as const satisfies Record<string, Source>;

export type SourceTag = keyof typeof SOURCES;

export function isSourceTag(tag: string): tag is SourceTag {
  return Object.hasOwn(SOURCES, tag);
}

/** `[S1] Leicestershire County Council — library room hire costs` */
export function sourceTitle(tag: SourceTag): string {
  return `[${tag}] ${SOURCES[tag].label}`;
}

/** The entry for meta.sources, labelled with its tag so a cell's citation can be found. */
export function sourceEntry(tag: SourceTag): Source {
  const source: Source = SOURCES[tag];
  return source.url === undefined
    ? { label: sourceTitle(tag) }
    : { label: sourceTitle(tag), url: source.url };
}
