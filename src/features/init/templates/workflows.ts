/**
 * The workflows: the PR and issue check, and the sprint report. With the default
 * choices they are, byte for byte, the examples in docs/workflows/ (a test holds them
 * together), so the README, the docs and init never disagree.
 */
import { ACTION_REF } from '../../../config/project-home.js';
import type { InitChoices } from '../choices.js';

export const CHECK_WORKFLOW = '.github/workflows/alignment.yml';
export const SPRINT_WORKFLOW = '.github/workflows/sprint-report.yml';

const PULL_REQUEST = `# ${CHECK_WORKFLOW}
# Checks every PR and issue. No checkout: the action reads the PR or issue and
# the config (from the base branch) through the GitHub API.
name: alignment

on:
  pull_request:`;

const PULL_REQUEST_TARGET = `# ${CHECK_WORKFLOW}
# For repositories that take PRs from forks: under \`pull_request\` a fork PR gets
# a read-only token, so the comment cannot be written.
# \`pull_request_target\` runs this workflow as it is on the base branch, with a
# token that can write.
#
# SAFE BECAUSE this workflow NEVER checks out or runs the PR's code: there is no
# actions/checkout step and no run step. The action only reads the PR's text and
# the config from the base branch through the API. Do not add a checkout of the
# PR head here.
name: alignment

on:
  pull_request_target:`;

export function checkWorkflow(choices: InitChoices): string {
  return `${choices.forks ? PULL_REQUEST_TARGET : PULL_REQUEST}
    types: [opened, edited, reopened, synchronize, ready_for_review, labeled, unlabeled]
  issues:
    types: [opened, edited, reopened, labeled, unlabeled]

permissions:
  contents: read        # read the config
  pull-requests: write  # the comment on a PR (add checks: write with report.check-run: true)
  issues: write         # the comment on an issue

# A newer event on the same PR or issue supersedes a running check.
concurrency:
  group: alignment-\${{ github.event.pull_request.number || github.event.issue.number }}
  cancel-in-progress: true

jobs:
  alignment:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - uses: ${ACTION_REF}
`;
}

export function sprintWorkflow(choices: InitChoices): string {
  const milestones = choices.sprints === 'milestone';
  return `# ${SPRINT_WORKFLOW}
# Reports a sprint ${milestones ? 'when its milestone closes, ' : ''}every Monday morning, or on demand.
name: sprint report

on:
${
  milestones
    ? `  milestone:
    types: [closed]
`
    : ''
}  schedule:
    - cron: '0 6 * * 1'  # Mondays 06:00 UTC
  workflow_dispatch:
    inputs:
      sprint:
        description: Sprint ${milestones ? '(milestone title) ' : ''}to report; empty reports the last finished one.
        required: false
        type: string
        default: ''

permissions:
  contents: read        # read the config
  issues: write         # the report comment on the tracking issue
  pull-requests: read   # read the sprint's PRs

# Reports never run side by side, and none is cancelled half-written.
concurrency:
  group: alignment-sprint-report
  cancel-in-progress: false

jobs:
  report:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${ACTION_REF}
        with:
          sprint: \${{ inputs.sprint }}
          # With sprints.source: iteration (a Projects iteration field), pass a token
          # that can read the project — the workflow token cannot:
          # github-token: \${{ secrets.PROJECTS_TOKEN }}
`;
}
