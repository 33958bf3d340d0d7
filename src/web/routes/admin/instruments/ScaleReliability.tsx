import { useTranslation } from 'react-i18next';
import type { Psychometrics } from '../../../../shared/competencies';
import { Section } from '../../../components/Page';
import { TableWrap } from '../../../components/Table';
import { formatNumber } from '../../../lib/format';
import { formatCoefficient, localized } from '../../insights/format';

type Scale = NonNullable<Psychometrics['scales']>[number];
type Reading = 'good' | 'sufficient' | 'questionable' | 'insufficient';

/** The usual rule of thumb for Cronbach's alpha in educational measurement. */
export function readAlpha(alpha: number): Reading {
  if (alpha >= 0.8) return 'good';
  if (alpha >= 0.7) return 'sufficient';
  if (alpha >= 0.6) return 'questionable';
  return 'insufficient';
}

/** Below this corrected item-total correlation an item adds little to its scale. */
export const WEAK_ITEM = 0.3;

const READING_BADGE: Record<Reading, string> = {
  good: 'badge-ok',
  sufficient: 'badge-ok',
  questionable: 'badge-warning',
  insufficient: 'badge-error',
};

/** One scale: alpha with its reading in words, then each item with weak ones named as weak. */
export function ScaleReliability({ scale }: { scale: Scale }) {
  const { t } = useTranslation();
  const title = localized(scale.title);
  const reading = scale.alpha === null ? null : readAlpha(scale.alpha);
  const weak = scale.items.filter((item) => item.itemTotal !== null && item.itemTotal < WEAK_ITEM).length;

  return (
    <Section title={title}>
      <p className="alpha-line">
        <span className="big-fact">
          {t('insights.psychometrics.alphaValue', {
            value: scale.alpha === null ? t('insights.psychometrics.alphaNone') : formatCoefficient(scale.alpha),
          })}
        </span>
        {reading && <span className={`badge ${READING_BADGE[reading]}`}>{t(`insights.psychometrics.reading.${reading}`)}</span>}
        <span className="fact-sub">
          {t('insights.psychometrics.scaleN', { n: formatNumber(scale.n) })}
          {weak > 0 && ` · ${t('insights.psychometrics.weakCount', { count: weak })}`}
        </span>
      </p>
      <TableWrap label={t('insights.psychometrics.items', { scale: title })}>
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('insights.psychometrics.item')}</th>
              <th scope="col" className="num">
                {t('insights.psychometrics.itemTotal')}
              </th>
              <th scope="col">{t('insights.psychometrics.assessment')}</th>
            </tr>
          </thead>
          <tbody>
            {scale.items.map((item) => {
              const isWeak = item.itemTotal !== null && item.itemTotal < WEAK_ITEM;
              return (
                <tr key={item.code} className={isWeak ? 'is-weak' : undefined}>
                  <th scope="row">
                    <span className="code block">{item.code}</span>
                    {localized(item.text)}
                  </th>
                  <td className="num">{item.itemTotal === null ? '—' : formatCoefficient(item.itemTotal)}</td>
                  <td>
                    {item.itemTotal === null ? (
                      <span className="muted">{t('insights.psychometrics.unknown')}</span>
                    ) : isWeak ? (
                      <span className="badge badge-warning">{t('insights.psychometrics.weak')}</span>
                    ) : (
                      t('insights.psychometrics.fine')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}
