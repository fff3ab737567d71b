/**
 * `.github/pull_request_template.md`: the sections the rules read, each with a hint in
 * an HTML comment (no content to the rules, so an untouched template fails).
 */
import type { TemplateValues } from '../values.js';

function categories(values: TemplateValues): string {
  return values.categoryTitles
    .map(
      (title) => `### ${title}
<!-- A measurable criterion for ${title.toLowerCase()}, or "N/A — <why it does not apply>". -->
`,
    )
    .join('\n');
}

export function pullRequestTemplate(values: TemplateValues): string {
  return `<!-- Checked by alignment-check: fill in each section; the hints in comments do not count. -->

## ${values.valueTitle}
<!-- Who benefits, and by how much: "cuts checkout abandonment by 2 % for 40k monthly buyers". -->

## ${values.criteriaTitle}
<!-- The non-functional bar this change must meet, with thresholds. -->

${categories(values)}
## Technical debt
- [ ] ${values.paysDownBox}
- [ ] ${values.introducesBox}

Debt register item: <!-- ${values.registerExample}, when a box above is ticked -->
`;
}
