import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { structureQuery } from '../../../api/queries';
import type { Programme, Sector } from '../../../api/types';
import { Page } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { formatNumber } from '../../../lib/format';
import { InstitutionSettings } from './InstitutionSettings';
import { CohortForm, ProgrammeForm, SectorForm } from './StructureForms';

/** Which form is open; only one at a time keeps the tree calm. */
type Editing =
  | { kind: 'sector'; id?: string }
  | { kind: 'programme'; sectorId: string; id?: string }
  | { kind: 'cohort'; programmeId: string; id?: string }
  | null;

export function StructurePage() {
  const { t } = useTranslation();
  const structure = useQuery(structureQuery);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <Page
      title={t('structure.title')}
      intro={<p>{t('structure.intro')}</p>}
      actions={
        <button type="button" className="button" onClick={() => setEditing({ kind: 'sector' })}>
          {t('structure.addSector')}
        </button>
      }
    >
      <InstitutionSettings />
      {editing?.kind === 'sector' && !editing.id && (
        <div className="card">
          <SectorForm onDone={close} />
        </div>
      )}
      <div aria-busy={structure.isFetching}>
        <QueryState query={structure}>
          {(data) =>
            data.sectors.length === 0 ? (
              <EmptyState title={t('structure.empty')}>
                <p>{t('structure.emptyText')}</p>
              </EmptyState>
            ) : (
              <ul className="tree">
                {data.sectors.map((sector) => (
                  <SectorItem key={sector.id} sector={sector} editing={editing} setEditing={setEditing} close={close} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </div>
    </Page>
  );
}

interface ItemProps {
  editing: Editing;
  setEditing: (editing: Editing) => void;
  close: () => void;
}

function SectorItem({ sector, editing, setEditing, close }: ItemProps & { sector: Sector }) {
  const { t } = useTranslation();
  const editingThis = editing?.kind === 'sector' && editing.id === sector.id;
  const adding = editing?.kind === 'programme' && editing.sectorId === sector.id && !editing.id;
  return (
    <li className="card tree-sector">
      <div className="tree-head">
        <h2>
          {sector.name} <span className="code">{sector.code}</span>
        </h2>
        <div className="button-row">
          <button type="button" className="button button-small button-secondary" onClick={() => setEditing({ kind: 'sector', id: sector.id })}>
            {t('common.edit')}
            <span className="visually-hidden"> {sector.name}</span>
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setEditing({ kind: 'programme', sectorId: sector.id })}
          >
            {t('structure.addProgramme')}
            <span className="visually-hidden"> ({sector.name})</span>
          </button>
        </div>
      </div>
      {editingThis && <SectorForm sector={sector} onDone={close} />}
      {adding && <ProgrammeForm sectorId={sector.id} onDone={close} />}
      {sector.programmes.length === 0 ? (
        <p className="muted">{t('structure.noProgrammes')}</p>
      ) : (
        <ul className="tree-programmes">
          {sector.programmes.map((programme) => (
            <ProgrammeItem
              key={programme.id}
              sectorId={sector.id}
              programme={programme}
              editing={editing}
              setEditing={setEditing}
              close={close}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function ProgrammeItem({
  sectorId,
  programme,
  editing,
  setEditing,
  close,
}: ItemProps & { sectorId: string; programme: Programme }) {
  const { t } = useTranslation();
  const editingThis = editing?.kind === 'programme' && editing.id === programme.id;
  const adding = editing?.kind === 'cohort' && editing.programmeId === programme.id && !editing.id;
  const editingCohort = editing?.kind === 'cohort' && editing.programmeId === programme.id ? editing.id : undefined;
  return (
    <li className="tree-programme">
      <div className="tree-head">
        <h3>
          {programme.name} <span className="code">{programme.code}</span>{' '}
          <span className="badge">{t(`levels.${programme.level}`)}</span>
        </h3>
        <div className="button-row">
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setEditing({ kind: 'programme', sectorId, id: programme.id })}
          >
            {t('common.edit')}
            <span className="visually-hidden"> {programme.name}</span>
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setEditing({ kind: 'cohort', programmeId: programme.id })}
          >
            {t('structure.addCohort')}
            <span className="visually-hidden"> ({programme.name})</span>
          </button>
        </div>
      </div>
      {editingThis && <ProgrammeForm sectorId={sectorId} programme={programme} onDone={close} />}
      {adding && <CohortForm programmeId={programme.id} onDone={close} />}
      {programme.cohorts.length === 0 ? (
        <p className="muted">{t('structure.noCohorts')}</p>
      ) : (
        <ul className="cohort-list">
          {programme.cohorts.map((cohort) =>
            editingCohort === cohort.id ? (
              <li key={cohort.id} className="cohort-editing">
                <CohortForm programmeId={programme.id} cohort={cohort} onDone={close} />
              </li>
            ) : (
              <li key={cohort.id} className="cohort">
                <span className="cohort-name">{cohort.name}</span>
                <span className="muted">{cohort.schoolYear}</span>
                <span className="muted">{t('structure.studentCount', { count: cohort.studentCount, formatted: formatNumber(cohort.studentCount) })}</span>
                <button
                  type="button"
                  className="button button-small button-link"
                  onClick={() => setEditing({ kind: 'cohort', programmeId: programme.id, id: cohort.id })}
                >
                  {t('common.edit')}
                  <span className="visually-hidden"> {cohort.name} {cohort.schoolYear}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </li>
  );
}
