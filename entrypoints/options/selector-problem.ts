import { checkSelectorSyntax } from '@/lib/rules/check-user-selector';
import { describeSelectorProblem } from '@/utils/ui/describe';
import { t } from '@/utils/ui/i18n';

/** Why a typed hide rule cannot be used, in words, or null when its form is fine. */
export function selectorProblemText(selector: string): string | null {
  const check = checkSelectorSyntax(document, selector);
  return check.ok ? null : describeSelectorProblem(check.problem, selector, t);
}
