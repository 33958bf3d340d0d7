import { useTranslation } from 'react-i18next';
import type { Light } from '../../../../shared/guidance';

/**
 * A traffic light that does not lean on colour: every light has its own shape (square, triangle,
 * circle) and its word ("Actie nodig", "Let op", "Op koers").
 */
export function LightBadge({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <span className={`light light-${light}`}>
      <span className="light-icon" aria-hidden="true" />
      {t(`guidance.light.${light}`)}
    </span>
  );
}
