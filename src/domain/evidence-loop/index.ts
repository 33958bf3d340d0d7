export { EVIDENCE_COLUMNS, FORM_COLUMNS, OTHER_PROGRAMMES, addSums, planGroups, selectColumns, withGroupDummies, type EvidenceColumn, type GroupSums } from './model';
export { explainEvidence, explainTooFew, type ExplainedCoefficient, type Explanation, type ExplanationInput } from './explanation';
