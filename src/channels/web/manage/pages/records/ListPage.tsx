import type { EditableRecord, RecordKind } from '../../../../../domains/catalog/index.js';
import { t, type Lang } from '../../../../../platform/i18n/index.js';
import { local } from '../../../views/text.js';
import { verifiedLine, when } from './RecordFields.js';

export interface RecordListPageProps {
  lang: Lang;
  records: EditableRecord[];
  truncated: boolean;
  limit: number;
  editPath: (kind: RecordKind, id: string) => string;
}

function status(lang: Lang, record: EditableRecord): string {
  const parts = [
    record.draft
      ? t(lang, 'records.status.draft', {
          name: record.draft.updated_by_name,
          date: when(lang, record.draft.updated_at).date,
        })
      : t(lang, 'records.status.published'),
  ];
  if (record.translation_pending) parts.push(t(lang, 'records.status.pendingTranslation'));
  return parts.join('. ');
}

/** The person's services and offices, each with its state in words (never colour alone). */
export function RecordListPage({ lang, records, truncated, limit, editPath }: RecordListPageProps) {
  const sorted = [...records].sort((a, b) =>
    local(a.name, lang).localeCompare(local(b.name, lang), lang === 'en' ? 'en-CA' : 'fr-CA'),
  );
  const table = (kind: RecordKind) => {
    const rows = sorted.filter((record) => record.kind === kind);
    const title = t(lang, kind === 'service' ? 'records.list.services' : 'records.list.locations');
    return (
      <section aria-labelledby={`${kind}-heading`}>
        <h2 id={`${kind}-heading`}>{title}</h2>
        {rows.length === 0 ? (
          <p>{t(lang, 'records.list.empty')}</p>
        ) : (
          <table class="data-table">
            <caption class="visually-hidden">
              {t(lang, 'records.list.caption', { kind: title, count: rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'records.list.name')}</th>
                <th scope="col">{t(lang, 'records.list.organization')}</th>
                <th scope="col">{t(lang, 'records.list.status')}</th>
                <th scope="col">{t(lang, 'records.list.lastVerified')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((record) => (
                <tr key={record.id}>
                  <th scope="row">
                    <a href={editPath(kind, record.id)}>
                      {local(record.name, lang) || t(lang, 'records.list.unnamed')}
                    </a>
                  </th>
                  <td>{local(record.organization_name, lang) || '—'}</td>
                  <td>{status(lang, record)}</td>
                  <td>{verifiedLine(lang, record.last_verified, record.assured_date)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    );
  };
  return (
    <>
      <h1>{t(lang, 'records.list.title')}</h1>
      <p>{t(lang, 'records.list.intro')}</p>
      {truncated && <p>{t(lang, 'records.list.truncated', { count: limit })}</p>}
      {table('service')}
      {table('location')}
    </>
  );
}
