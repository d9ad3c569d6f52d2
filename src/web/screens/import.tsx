/**
 * One import, whatever its state:
 *   pending / processing / failed / cancelled → progress;
 *   completed → review (when the person watched it being read, progress first shows it finished and
 *     offers the review, so the last sections are seen to complete rather than jumped over);
 *   committed → a link to the show.
 */
import { useEffect, useState } from 'preact/hooks';
import { TERMINAL, useLiveJob } from '../lib/live-job.js';
import { ErrorNote, PageTitle } from '../components/bits.js';
import { A } from '../components/link.js';
import { Progress } from './progress.js';
import { Review } from './review.js';

export function ImportScreen({ id }: { id: string }) {
  const [epoch, setEpoch] = useState(0);
  const live = useLiveJob(id, epoch);
  const { job } = live;
  const [watched, setWatched] = useState(false);
  const [reviewing, setReviewing] = useState(false);

  useEffect(() => {
    if (job && !TERMINAL.has(job.status)) setWatched(true);
  }, [job?.status]);

  if (!job) {
    return live.error
      ? <><PageTitle title="Import">Import</PageTitle><ErrorNote>{live.error.status === 404 ? 'There is no such import.' : live.error.message}</ErrorNote></>
      : <p class="loading" aria-live="polite">Loading the import…</p>;
  }
  if (job.status === 'completed' && (reviewing || !watched)) {
    return job.extracted
      ? <Review job={job} />
      : <><PageTitle title="Import">Import finished</PageTitle><ErrorNote>The import finished but produced no data to review.</ErrorNote></>;
  }
  if (job.status === 'committed') {
    return (
      <>
        <PageTitle title="Import committed">Import committed</PageTitle>
        <p>This import is now a show. {job.result_show_id && <A href={`/shows/${job.result_show_id}`}>Open the show</A>}</p>
      </>
    );
  }
  return <Progress live={live} onRestart={() => setEpoch((n) => n + 1)} onReview={() => setReviewing(true)} />;
}
