/** The NetworkPolicy filter chains the suite installs: the same derivation the shell recipe prints (src/scenario/export/nodeRules.ts). */
export {
  policyRules,
  podChain,
  type ChainRule as PolicyRule,
} from '../../src/scenario/export/nodeRules';
