import type { ChecklistCategory } from '@jointops/domain';

export interface TemplateItem {
  category: ChecklistCategory;
  text: string;
  required: boolean;
  citation: string;
}

/**
 * The North Carolina baseline checklist, as data. A jurisdiction's own template, or a new version of this one,
 * is a new row in checklist_templates (a migration or an admin insert), not a release of code.
 * A starting point for counsel, not legal advice.
 */
export const NC_BASELINE_TEMPLATE = {
  name: 'Joint task-force operation — North Carolina baseline',
  jurisdiction: 'North Carolina',
  version: 1,
  effectiveFrom: '2026-01-01T00:00:00Z',
  items: [
    {
      category: 'AGREEMENTS',
      text: 'A written agreement (MOU or task-force agreement) covers every participating agency, is in force on the operation\u2019s dates, and covers this operation\u2019s scope.',
      required: true,
      citation: '',
    },
    {
      category: 'LEGAL_AUTHORITY',
      text: 'The legal authority for each planned enforcement action is identified: statute, agreement section or court order, and which officers hold federal task-force designation.',
      required: true,
      citation: '',
    },
    { category: 'LEGAL_AUTHORITY', text: 'Legal counsel has reviewed the plan.', required: true, citation: '' },
    {
      category: 'SEARCH_AND_SEIZURE',
      text: 'A judicial warrant is in hand for any planned entry into a home or other non-public area. An administrative warrant is not treated as authority to enter.',
      required: true,
      citation: 'U.S. Const. amend. IV; Payton v. New York, 445 U.S. 573 (1980)',
    },
    {
      category: 'SEARCH_AND_SEIZURE',
      text: 'Written stop and detention criteria rest on individualized suspicion.',
      required: true,
      citation: 'U.S. Const. amend. IV; Terry v. Ohio, 392 U.S. 1 (1968)',
    },
    {
      category: 'CIVIL_RIGHTS',
      text: 'Every participant has been briefed on the anti-profiling policy: race, ethnicity, national origin, language or religion are not grounds for a stop.',
      required: true,
      citation: 'U.S. Const. amend. XIV',
    },
    {
      category: 'CIVIL_RIGHTS',
      text: 'People detained are told who is detaining them and why, and can reach counsel and consular contact as the law provides.',
      required: true,
      citation: 'Vienna Convention on Consular Relations, art. 36',
    },
    {
      category: 'DATA_PRIVACY',
      text: 'Information shared between agencies is limited to what the agreement permits. Each agency names its data-sharing contact.',
      required: true,
      citation: '',
    },
    {
      category: 'DATA_PRIVACY',
      text: 'Any use of state databases for this operation is permitted by state law and the data owner\u2019s policy.',
      required: true,
      citation: '',
    },
    {
      category: 'LANGUAGE_ACCESS',
      text: 'Interpreters or language-line access are arranged for the languages expected.',
      required: true,
      citation: 'Civil Rights Act of 1964, Title VI (42 U.S.C. 2000d)',
    },
    {
      category: 'USE_OF_FORCE',
      text: 'Each agency\u2019s use-of-force policy has been briefed. Where policies differ, the stricter rule is stated.',
      required: true,
      citation: '',
    },
    {
      category: 'COMMUNITY_IMPACT',
      text: 'Sensitive locations (schools, places of worship, hospitals, courthouses) near the operation are listed, with how the plan handles them.',
      required: true,
      citation: '',
    },
    {
      category: 'COMMUNITY_IMPACT',
      text: 'A public information officer and a public complaint point of contact are named.',
      required: true,
      citation: '',
    },
    { category: 'SAFETY_MEDICAL', text: 'A medical plan names the nearest trauma center and EMS contact.', required: true, citation: '' },
    { category: 'SAFETY_MEDICAL', text: 'A plan exists for children and other dependents of people detained.', required: true, citation: '' },
    { category: 'OTHER', text: 'Body-worn camera rules for each agency, and how recordings are preserved.', required: false, citation: '' },
  ] satisfies TemplateItem[],
};
