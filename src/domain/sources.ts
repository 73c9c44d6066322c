/**
 * The evidence (docs/rules.md, “Sources”): the sources as citations, and which of them each safety item rests on. Apart
 * from `guide.ts` because only results cite them: the questions load without this.
 */
import type { SafetyItem } from './guide';

/** The sources of docs/rules.md, “Sources”, as citations (bibliographic data, not prose). */
export const SOURCE_IDS = [
  'guide',
  'sherman-2014',
  'cook-2015',
  'cherkin-2011',
  'perlman-2012',
  'davis-2020',
  'cambron-2007',
  'nice-ng59',
  'acp-2017',
  'nccih',
  'mayo',
  'planner',
  'project',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Every source is said in plain words by the catalog (“a study of …”); a published one adds its citation. */
export type Source =
  | { readonly id: SourceId; readonly kind: 'published'; readonly citation: string; readonly year: number | null }
  | { readonly id: SourceId; readonly kind: 'own' };

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  guide: { id: 'guide', kind: 'own' },
  'sherman-2014': { id: 'sherman-2014', kind: 'published', citation: 'Sherman et al., Ann Fam Med', year: 2014 },
  'cook-2015': { id: 'cook-2015', kind: 'published', citation: 'Cook et al., Spine J', year: 2015 },
  'cherkin-2011': { id: 'cherkin-2011', kind: 'published', citation: 'Cherkin et al., Ann Intern Med', year: 2011 },
  'perlman-2012': { id: 'perlman-2012', kind: 'published', citation: 'Perlman et al., PLoS One', year: 2012 },
  'davis-2020': { id: 'davis-2020', kind: 'published', citation: 'Davis et al., BMJ Open Sport Exerc Med', year: 2020 },
  'cambron-2007': {
    id: 'cambron-2007',
    kind: 'published',
    citation: 'Cambron et al., J Altern Complement Med',
    year: 2007,
  },
  'nice-ng59': { id: 'nice-ng59', kind: 'published', citation: 'NG59, Low back pain and sciatica', year: 2016 },
  'acp-2017': { id: 'acp-2017', kind: 'published', citation: 'Qaseem et al. (ACP), Ann Intern Med', year: 2017 },
  nccih: { id: 'nccih', kind: 'published', citation: 'NCCIH, Massage therapy: what you need to know', year: null },
  mayo: { id: 'mayo', kind: 'published', citation: 'Massage: risks; Deep vein thrombosis: symptoms', year: null },
  planner: { id: 'planner', kind: 'own' },
  project: { id: 'project', kind: 'own' },
};

export const SAFETY_ITEM_SOURCES: Readonly<Record<SafetyItem, readonly SourceId[]>> = {
  'bladder-bowel-numbness': ['nice-ng59'],
  'leg-weakness-worsening': ['nice-ng59'],
  'back-pain-with-fever': ['nice-ng59'],
  'swollen-leg': ['mayo'],
  'fever-or-illness': ['nccih'],
  'recent-fracture-or-surgery': ['nccih', 'mayo'],
  'wounds-or-burns': ['nccih', 'mayo'],
  'severe-osteoporosis': ['mayo'],
  'bleeding-disorder': ['nccih'],
  'blood-thinners': ['nccih'],
  'cancer-treatment': ['nccih'],
  pregnancy: ['nccih'],
  sciatica: ['guide', 'nice-ng59'],
  'herniated-disc': ['guide'],
  fibromyalgia: ['guide'],
  'cancer-history-or-weight-loss': ['nice-ng59'],
  'night-pain': ['nice-ng59'],
};
