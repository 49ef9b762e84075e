import { Link } from '../link/Link';

/**
 * Links to an open dataset of the portal in both its formats (`/open-data/<dataset>.csv` and
 * `.json`), after a label that says what the dataset holds: plain links, which work with or
 * without the page's script.
 */
export function OpenDataLinks({ label, dataset }: { label: string; dataset: string }) {
  return (
    <p>
      {label}{' '}
      <Link href={`${dataset}.csv`} download>
        CSV
      </Link>
      {' · '}
      <Link href={`${dataset}.json`} download>
        JSON
      </Link>
    </p>
  );
}
