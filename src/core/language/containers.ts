/**
 * Criteria containers: sections whose title says they hold what the work must meet —
 * acceptance criteria, requirements, definition of done, quality attributes,
 * constraints — in the languages bodies are written in. A reviewer counts a category
 * label under any of them, at any heading level: "Nichtfunktionale Anforderungen",
 * "Critérios de aceitação", "受け入れ基準" and "Definition of Done (DoD)" alike.
 *
 * Titles arrive normalised (lower case, hyphens between letters read as spaces).
 */
import { wordRegExp } from '../text/letters.js';

/** Words that name a container in languages written with spaces (matched as whole words). */
const WORDS = [
  // en
  'acceptance', 'criteria', 'criterion', 'requirement', 'requirements', 'definition of done', 'dod', 'nfr', 'nfrs',
  'non functional', 'nonfunctional', 'quality attributes', 'quality attribute', 'quality requirements', 'quality goals',
  'constraints', 'exit criteria', 'fit criterion', 'success criteria', 'done criteria', 'done when',
  // "done when" in other languages
  'terminé quand', 'fini quand', 'hecho cuando', 'terminado cuando', 'pronto quando', 'concluído quando', 'fertig wenn', 'erledigt wenn', 'system characteristics',
  'architecture characteristics', 'architectural characteristics', 'quality characteristics', 'system qualities', 'ilities',
  // de
  'anforderung', 'anforderungen', 'akzeptanzkriterien', 'abnahmekriterien', 'kriterien', 'qualitätsanforderungen',
  'qualitätsmerkmale', 'qualitätsziele', 'randbedingungen', 'nichtfunktionale', 'nicht funktionale',
  // es, pt
  'requisitos', 'requisito', 'requerimientos', 'requerimiento', 'criterios', 'criterio', 'critérios', 'critério',
  'restricciones', 'restrições', 'no funcionales', 'não funcionais', 'nao funcionais', 'definición de hecho',
  'definición de terminado', 'definição de pronto', 'atributos de calidad', 'atributos de qualidade',
  // fr, it, nl
  'exigences', 'exigence', 'critères', 'critère', 'contraintes', 'non fonctionnelles', 'non fonctionnels',
  'définition de fini', 'définition de terminé', 'attributs de qualité', 'requisiti', 'requisito', 'criteri', 'vincoli',
  'non funzionali', 'eisen', 'vereisten', 'acceptatiecriteria', 'randvoorwaarden', 'niet functionele',
  // pl, ru, uk, tr
  'wymagania', 'kryteria', 'niefunkcjonalne', 'требования', 'требование', 'критерии', 'нефункциональные',
  'вимоги', 'критерії', 'нефункціональні', 'gereksinimler', 'gereksinim', 'kriterler', 'kriterleri',
  'kabul kriterleri', 'fonksiyonel olmayan',
];

/** The same in languages written without spaces (matched anywhere in the title). */
const CJK = [
  '要件', '受け入れ基準', '受入基準', '受け入れ条件', '受入条件', '完了条件', '完了の定義', '非機能', '品質特性',
  '需求', '要求', '验收标准', '验收条件', '验收准则', '驗收', '非功能', '完成定义', '质量属性',
  '요구사항', '요구 사항', '인수 조건', '수용 기준', '완료 조건', '비기능', '품질속성', '품질 속성', '품질 특성',
];

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
const PATTERN = wordRegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])|${CJK.map(escape).join('|')}`,
  'u',
);

/**
 * A title is a few words; a longer line that mentions requirements is a sentence, not a
 * container — unless it opens with the container word ("Restricciones que vienen del
 * enunciado y condicionan el diseño").
 */
const MAX_TITLE_WORDS = 8;
const MAX_LEADING_TITLE_WORDS = 12;

/** Whether a normalised title names a criteria container. */
export function namesContainer(normalized: string): boolean {
  const words = normalized.split(/\s+/u).length;
  if (words <= MAX_TITLE_WORDS) return PATTERN.test(normalized);
  return words <= MAX_LEADING_TITLE_WORDS && PATTERN.exec(normalized)?.index === 0;
}
