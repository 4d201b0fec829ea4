#!/usr/bin/env python3
"""Run the audit under Dask: one ``auditor.batch.audit_frame`` call per partition.

``auditor batch`` uses the cores of one machine. Beyond one machine, use an engine that already
schedules work over a cluster: the per-partition function is ``auditor.batch.audit_frame``
(a pandas DataFrame of articles in, a DataFrame of findings or of document rows out), so
``dask.dataframe.map_partitions`` runs the same audit on every worker.

    # a local cluster (2 worker processes) over a JSON Lines or Parquet table:
    python examples/dask_audit.py export.jsonl --id-col url --text-col body --out issues.csv
    python examples/dask_audit.py articles.parquet --output documents --out documents.csv
    # an existing cluster (every worker needs auditor installed):
    python examples/dask_audit.py export.jsonl --scheduler tcp://scheduler:8786

Without a table, it audits two small articles written for this example.

The columns and dtypes of the result are ``auditor.batch.frame_meta(output)``; pass them to
``map_partitions`` as ``meta`` so Dask does not run the audit on fake data to guess them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

import pandas as pd

from auditor.batch import audit_frame, frame_meta

# Two articles written for this example: a fruit brand translated literally, and a clean one.
EXAMPLE = pd.DataFrame(
    {
        "id": ["example-1", "example-2"],
        "text": [
            "りんごは本日、新型iPhoneを発表した。価格は未定だ。",
            "市内の図書館では、夜間の開館時間を延ばす試みが来月から始まる。",
        ],
    }
)


def audit_with_dask(
    frame: Any,
    *,
    client: Any = None,
    id_col: str = "id",
    text_col: str = "text",
    output: str = "issues",
    partitions: int = 2,
) -> pd.DataFrame:
    """Audit ``frame`` (a pandas or Dask DataFrame) partition by partition; the result, computed.

    ``client`` is a ``distributed.Client`` (None: Dask's default scheduler). Findings keep the
    input order: partitions come back in order and each is audited row by row.
    """
    import dask.dataframe as dd

    if isinstance(frame, pd.DataFrame):
        frame = dd.from_pandas(frame, npartitions=max(1, min(partitions, len(frame))))
    audited = frame.map_partitions(
        audit_frame, id_col=id_col, text_col=text_col, output=output, meta=frame_meta(output)
    )
    return client.compute(audited).result() if client is not None else audited.compute()


def read_table(path: str, blocksize: str = "64MB") -> Any:
    """A JSON Lines, CSV or Parquet table as a lazy Dask DataFrame, read in blocks."""
    import dask.dataframe as dd

    if path.endswith((".jsonl", ".ndjson")):
        return dd.read_json(path, lines=True, blocksize=blocksize)
    if path.endswith(".csv"):
        return dd.read_csv(path, blocksize=blocksize, dtype=str)
    return dd.read_parquet(path)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", nargs="?", help="JSON Lines, CSV or Parquet table (default: two example articles)")
    parser.add_argument("--id-col", default="id")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--output", choices=("issues", "documents"), default="issues")
    parser.add_argument("--out", help="write the result here as CSV (default: print it)")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="local cluster: worker processes")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster

    frame = read_table(args.table) if args.table else EXAMPLE
    if args.scheduler:
        client, cluster = Client(args.scheduler), None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        result = audit_with_dask(frame, client=client, id_col=args.id_col, text_col=args.text_col, output=args.output)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if args.out:
        from auditor.export import neutralise_cell

        # UTF-8 with a BOM and formula-like cells neutralised, like auditor's own CSV files.
        result.map(neutralise_cell).to_csv(args.out, index=False, encoding="utf-8-sig")
        print(f"wrote {len(result)} rows to {args.out}")
    else:
        print(result.to_string(index=False))


if __name__ == "__main__":
    main()
