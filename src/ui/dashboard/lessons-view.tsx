/** Lessons: every written lesson, grouped by the stage the application reached, with recurring themes on top. */
import { useState } from 'preact/hooks';
import type { Application } from '../../core/application';
import { groupLessons, hasLessons, offersReflection, type LessonGroup } from '../../core/lessons';
import { allApplications } from '../../db/index';
import { Banner } from '../components/banner';
import { Loading } from '../components/states';
import { StatusChip } from '../components/status-chip';
import { useDashboard } from './context';
import { formatDate } from './format';
import { useLoad } from './use-records';

const SHOWN = 30;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function LessonsView() {
  const api = useDashboard();
  const loaded = useLoad(async () => {
    const all = await allApplications();
    return {
      groups: groupLessons(all),
      // Lessons written on records that are still open or ended with a job.
      others: all.filter((a) => !offersReflection(a.status) && hasLessons(a)),
    };
  }, [api.version]);

  return (
    <section aria-labelledby="lessons-heading" class="lessons">
      <h2 id="lessons-heading">Lessons</h2>
      {loaded.state === 'loading' && <Loading label="Gathering your lessons…" />}
      {loaded.state === 'error' && (
        <Banner tone="danger" role="alert">
          <p>{loaded.message}</p>
        </Banner>
      )}
      {loaded.state === 'ready' &&
        (loaded.value.groups.length === 0 && loaded.value.others.length === 0 ? (
          <p>
            No lessons yet. When an application ends (rejected, no answer, or withdrawn), open it and write what went well and what you
            would do differently: patterns show up here.
          </p>
        ) : (
          <>
            {loaded.value.groups.map((g) => (
              <Group key={g.stage} group={g} />
            ))}
            {loaded.value.others.length > 0 && (
              <section aria-labelledby="lessons-other" class="card lesson-group">
                <h3 id="lessons-other">Lessons from applications still open or accepted</h3>
                <LessonList apps={loaded.value.others} />
              </section>
            )}
          </>
        ))}
    </section>
  );
}

function Group({ group }: { group: LessonGroup }) {
  const id = `lessons-${group.stage}`;
  const written = group.applications.filter(hasLessons);
  return (
    <section aria-labelledby={id} class="card lesson-group">
      <h3 id={id}>{capitalise(group.label)}</h3>
      <p class="muted">
        {group.applications.length} closed application{group.applications.length === 1 ? '' : 's'} reached this stage; {group.withLessons}{' '}
        with lessons written.
      </p>
      {group.themes.length > 0 && (
        <div class="themes">
          <h4>Recurring themes</h4>
          <ul>
            {group.themes.map((t) => (
              <li key={t.term}>{t.text}</li>
            ))}
          </ul>
        </div>
      )}
      {written.length > 0 ? <LessonList apps={written} /> : <p>No lessons written for these yet.</p>}
    </section>
  );
}

function LessonList({ apps }: { apps: Application[] }) {
  const api = useDashboard();
  const [limit, setLimit] = useState(SHOWN);
  return (
    <>
      <ul class="plain-list lesson-list">
        {apps.slice(0, limit).map((a) => (
          <li key={a.id} class="lesson">
            <p class="row">
              <button type="button" class="link-button" data-record={a.id} onClick={() => api.openRecord(a.id)}>
                {a.company} — {a.title || 'untitled'}
              </button>
              <StatusChip status={a.status} />
              <span class="muted small">applied {formatDate(a.appliedAt)}</span>
            </p>
            <dl class="lesson-text">
              {a.lessons.wentWell && (
                <>
                  <dt>Went well</dt>
                  <dd>{a.lessons.wentWell}</dd>
                </>
              )}
              {a.lessons.couldImprove && (
                <>
                  <dt>Could improve</dt>
                  <dd>{a.lessons.couldImprove}</dd>
                </>
              )}
              {a.lessons.feedback && (
                <>
                  <dt>Feedback</dt>
                  <dd>{a.lessons.feedback}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
      {apps.length > limit && (
        <button type="button" class="btn" onClick={() => setLimit((n) => n + SHOWN)}>
          Show {Math.min(SHOWN, apps.length - limit)} more of {apps.length - limit}
        </button>
      )}
    </>
  );
}
