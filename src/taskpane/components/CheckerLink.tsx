/** A link to the browser checking page (checker.html, next to the pane's page on the add-in's server). */
import { Link } from '@fluentui/react-components';
import { useLang } from '../i18n/context';

export const CHECKER_PAGE = 'checker.html';

export function CheckerLink() {
  const { t } = useLang();
  return (
    <Link href={CHECKER_PAGE} target="_blank" rel="noopener">
      {t.checkerLink}
    </Link>
  );
}
