"""Runs aznorm's JSON Lines mapper over a partitioned corpus on a local Dask cluster (two worker processes).

    dask_jsonl.py OUTPUT INPUT.jsonl... -- COMMAND...

Each input file is read as dask.bag partitions of lines; every partition is piped through COMMAND (for example
`dotnet aznorm.dll fix --input-format jsonl --jobs 1`) in a worker process, and the cleaned lines are written to OUTPUT
in the corpus's order. Used by tests/AzNormalize.Cli.Tests/ScaleOut/DaskTests.cs; the recipe for a real cluster is the
same with Client("scheduler-address:8786") instead of a LocalCluster.
"""
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def pipe(lines, command):
    """One partition (a list of lines, each ending with a line feed) through aznorm; its output lines."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    result = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"aznorm exited with {result.returncode}: {result.stderr.decode('utf-8', 'replace')}")
    return result.stdout.decode("utf-8").splitlines(keepends=True)


def main(argv):
    separator = argv.index("--")
    output, inputs, command = argv[1], argv[2:separator], argv[separator + 1:]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        if len(client.scheduler_info()["workers"]) != 2:
            raise RuntimeError("the local cluster did not start two workers")
        bag = db.read_text(sorted(inputs), blocksize=None, encoding="utf-8", linedelimiter="\n")
        # Small partitions, so that both workers get several of them.
        bag = bag.repartition(npartitions=max(4, bag.npartitions))
        cleaned = bag.map_partitions(pipe, command).compute()
    with open(output, "w", encoding="utf-8", newline="") as handle:
        handle.writelines(cleaned)
    print(f"{len(cleaned)} records on 2 workers")


if __name__ == "__main__":
    main(sys.argv)
