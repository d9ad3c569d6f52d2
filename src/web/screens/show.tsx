/** A committed show: its details, hotels, flights, contacts and the documents (downloadable). */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiFailure, errorMessage } from '../lib/api.js';
import { humanise, LIST_FIELDS, RECORD_FIELDS, SECTION_TITLES, type FieldSpec } from '../lib/fields.js';
import { formatBytes, formatUtc } from '../lib/format.js';
import type { ShowView } from '../lib/types.js';
import { showValue } from '../lib/values.js';
import { ErrorNote, PageTitle } from '../components/bits.js';
import { A } from '../components/link.js';

function Facts({ record, specs }: { record: Record<string, unknown>; specs: readonly FieldSpec[] }) {
  const present = specs.filter((s) => showValue(record[s.key]) !== '');
  if (!present.length) return <p class="hint">Nothing recorded.</p>;
  return (
    <dl class="facts show-facts">
      {present.map((s) => (
        <div key={s.key}>
          <dt>{s.label}</dt>
          <dd>{s.kind.type === 'choice' ? humanise(String(record[s.key])) : showValue(record[s.key]).replace(/\n/g, ', ')}</dd>
        </div>
      ))}
    </dl>
  );
}

function ListBlock({ title, items, specs, name }: {
  title: string; items: Record<string, unknown>[]; specs: readonly FieldSpec[]; name(item: Record<string, unknown>): string;
}) {
  return (
    <section class="show-section" aria-labelledby={`show-${title}`}>
      <h2 id={`show-${title}`}>{title} <span class="count">({items.length})</span></h2>
      {items.length === 0 && <p class="hint">None.</p>}
      {items.map((item, i) => (
        <article key={i} class="show-item">
          <h3>{name(item) || `${title} ${i + 1}`}</h3>
          <Facts record={item} specs={specs} />
          {Array.isArray(item.passengers) && item.passengers.length > 0 && (
            <p><strong>Passengers:</strong> {(item.passengers as Record<string, unknown>[])
              .map((p) => [p.name, p.seat && `seat ${String(p.seat)}`].filter(Boolean).join(', ')).join('; ')}</p>
          )}
        </article>
      ))}
    </section>
  );
}

export function Show({ id }: { id: string }) {
  const [show, setShow] = useState<ShowView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<ShowView>('GET', `/api/shows/${encodeURIComponent(id)}`).then(setShow, (failure) =>
      setError(failure instanceof ApiFailure && failure.status === 404 ? 'There is no such show.' : errorMessage(failure)));
  }, [id]);

  if (error) return <><PageTitle title="Show">Show</PageTitle><ErrorNote>{error}</ErrorNote></>;
  if (!show) return <p class="loading" aria-live="polite">Loading the show…</p>;
  const g = show.general;
  const title = [g.artist, g.eventName].filter(Boolean).join(' — ') || 'Show';
  const rec = (r: object) => r as Record<string, unknown>;
  const items = (list: object[]) => list as Record<string, unknown>[];

  return (
    <div class="show">
      <PageTitle title={title}>{title}</PageTitle>
      <p class="lede">{[g.venue, g.city, g.country].filter(Boolean).join(', ')}{g.date ? ` · ${g.date}` : ''}</p>
      <p class="hint">Created {formatUtc(show.createdAt)}{show.importJobId && <> from <A href={`/imports/${show.importJobId}`}>an import</A></>}.</p>

      <div class="show-grid">
        <section class="show-section" aria-labelledby="show-general">
          <h2 id="show-general">{SECTION_TITLES.general}</h2>
          <Facts record={rec(g)} specs={RECORD_FIELDS.general} />
        </section>
        <section class="show-section" aria-labelledby="show-deal">
          <h2 id="show-deal">{SECTION_TITLES.deal}</h2>
          <Facts record={rec(show.deal)} specs={RECORD_FIELDS.deal} />
        </section>
      </div>

      <section class="show-section" aria-labelledby="show-documents">
        <h2 id="show-documents">Documents <span class="count">({show.documents.length})</span></h2>
        <ul class="document-list" data-testid="show-documents">
          {show.documents.map((d) => (
            <li key={d.id}>
              <a href={`/api/shows/${show.id}/documents/${d.id}`} download={d.fileName}>{d.fileName}</a>
              {' '}<span class="hint">{humanise(d.category)} · {formatBytes(d.sizeBytes)}{d.pages ? ` · ${d.pages} p.` : ''}</span>
            </li>
          ))}
        </ul>
      </section>

      <ListBlock title="Hotels" items={items(show.hotels)} specs={LIST_FIELDS.hotels} name={(h) => showValue(h.name)} />
      <ListBlock title="Flights" items={items(show.flights)} specs={LIST_FIELDS.flights}
        name={(f) => [f.flightNumber, f.fromAirport && f.toAirport ? `${String(f.fromAirport)} → ${String(f.toAirport)}` : null].filter(Boolean).join(' ')} />
      <ListBlock title="Contacts" items={items(show.contacts)} specs={LIST_FIELDS.contacts}
        name={(c) => [c.name, c.role].filter(Boolean).join(', ')} />
      <ListBlock title="Activities" items={items(show.activities)} specs={LIST_FIELDS.activities}
        name={(a) => [a.date, a.startTime, a.name ?? humanise(String(a.kind))].filter(Boolean).join(' ')} />
      <ListBlock title="Food" items={items(show.food)} specs={LIST_FIELDS.food} name={(f) => showValue(f.name)} />
      <section class="show-section" aria-labelledby="show-technical">
        <h2 id="show-technical">{SECTION_TITLES.technical}</h2>
        <Facts record={rec(show.technical)} specs={RECORD_FIELDS.technical} />
      </section>
    </div>
  );
}
