/**
 * Which permission a refused call needs, said in the words of a workflow's
 * `permissions:` block: from GitHub's `x-accepted-github-permissions` header when the
 * answer has it (REST), else from what the call is (GraphQL answers carry no header).
 */

/** `contents=read; issues=write,pull_requests=write` → "`contents: read`, or `issues: write` and `pull-requests: write`". */
export function describeAccepted(header: string): string | undefined {
  const sets = header
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((scope) => scope.trim())
        .filter((scope) => /^[a-z_]+=(?:read|write|admin)$/u.test(scope))
        .map((scope) => {
          const [name = '', level = ''] = scope.split('=');
          return `\`${name.replace(/_/gu, '-')}: ${level}\``;
        }),
    )
    .filter((set) => set.length > 0)
    .map((set) => set.join(' and '));
  return sets.length === 0 ? undefined : sets.join(', or ');
}

/** What the action's own calls need, by the operation's name (see each adapter file). */
const BY_OPERATION: ReadonlyArray<readonly [RegExp, string]> = [
  [/check-runs/u, '`checks: write`'],
  [/^GraphQL mutation AlignmentAddComment \(pull request|^GraphQL mutation Alignment(?:Delete|Minimize|Unminimize)Comment/u, '`pull-requests: write` (or `issues: write`)'],
  [/^GraphQL mutation AlignmentAddComment \(issue/u, '`issues: write`'],
  [/^PATCH .*\/issues\/comments\//u, '`issues: write` (or `pull-requests: write` for a pull request)'],
  [/^POST .*\/issues$/u, '`issues: write`'],
  [/\/contents\//u, '`contents: read`'],
  [/^GraphQL query AlignmentCheck \(pull request/u, '`pull-requests: read`'],
  [/^GraphQL query AlignmentCheck \(issue|^GET .*\/issues\//u, '`issues: read`'],
  [/^GraphQL query AlignmentSprint/u, '`issues: read`, `pull-requests: read` and `contents: read`'],
  [/^GraphQL query AlignmentRegister/u, '`issues: read` and `pull-requests: read`'],
  [/^GraphQL mutation AlignmentPinIssue/u, '`issues: write`'],
];

/** The permission an operation needs, as far as the action knows its own calls. */
export function permissionFor(operation: string): string | undefined {
  return BY_OPERATION.find(([pattern]) => pattern.test(operation))?.[1];
}
