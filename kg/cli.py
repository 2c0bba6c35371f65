"""The ``aseankg`` command: parses arguments and calls the stages; no logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.errors import EXIT_INPUT, EXIT_OK, EXIT_REJECTED, AseanKGError

EXIT_CODES = """\b
Exit codes:
  0  success
  1  data rejected (a release violates the shapes or gives no facts; the store does not conform)
  2  usage or input error (missing, empty, binary or unreadable file; bad query or parameter)
  3  the store is busy or cannot be opened, or the --endpoint does not answer
  4  a query ran past its timeout and was stopped
  5  nothing to show (network: the store has no releases, or the filters leave no ties)
"""


def write_output(data: bytes, output: Path | None, quiet: bool) -> None:
    """To the file given with --output, else to standard output; a file that cannot be written is
    a one-line error."""
    if output is None:
        sys.stdout.buffer.write(data)
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        click.echo(f"aseankg: {output}: cannot write ({exc.strerror})", err=True)
        sys.exit(EXIT_INPUT)
    if not quiet:
        click.echo(f"wrote {output} ({len(data)} bytes)", err=True)


def fail(err: AseanKGError) -> None:
    click.echo(f"aseankg: {err}", err=True)
    sys.exit(err.exit_code)


class Context:
    def __init__(self, store: str | None, quiet: bool, endpoint: str | None = None) -> None:
        self.store_option = store
        self.quiet = quiet
        self.endpoint = endpoint
        self._store = None

    def store(self):
        if self._store is None and self.endpoint:
            from kg.remote import RemoteStore

            self._store = RemoteStore(self.endpoint)
            self._store.ensure_base()
        if self._store is None:
            from kg.store import Store, store_path

            path = store_path(self.store_option)
            self._store = Store(path)
            self._store.ensure_base()
        return self._store


@click.group(epilog=EXIT_CODES)
@click.option("--store", "store", metavar="DIR", envvar="ASEANKG_STORE",
              help="Store folder (default ./.aseankg, or $ASEANKG_STORE).")
@click.option("--endpoint", metavar="URL", envvar="ASEANKG_ENDPOINT",
              help="Use a SPARQL 1.1 server instead of the store folder (Oxigraph server, Fuseki, GraphDB; "
                   "its default graph must be the union of the named graphs).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and results.")
@click.version_option(package_name="aseankg")
@click.pass_context
def main(ctx: click.Context, store: str | None, quiet: bool, endpoint: str | None) -> None:
    """aseankg: a knowledge graph of ASEAN's external relations, from Thai and English press releases.

    \b
    Example:
      aseankg load seeds/releases
      aseankg query meetings
      aseankg --endpoint http://127.0.0.1:7878 query chairs
    """
    ctx.obj = Context(store, quiet, endpoint)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Stop at the first release that fails.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, envvar="ASEANKG_JOBS",
              help="Worker processes for extraction and validation (default: the CPUs, at most 8).")
@click.pass_obj
def load(obj: Context, paths: tuple[Path, ...], strict: bool, jobs: int | None) -> None:
    """Load release files or folders of releases into the store.

    Each release is read, extracted, validated with SHACL and stored in its own named graph, in one
    transaction. A release already loaded with the same content is skipped; a changed one replaces
    its graph. A bad file gets a one-line error and changes nothing; loading goes on past it
    (unless --strict) and the failures are listed at the end. On a terminal a progress bar shows
    releases done, rate and time left (not in pipes, nor with --quiet). A second load on the same
    store waits $ASEANKG_LOCK_WAIT seconds (default 10) for the first, then stops with exit 3.
    Files over $ASEANKG_MAX_BYTES (default 2 MB) are refused.

    \b
    Example:
      aseankg load seeds/releases/000_5d2e2954b440508a.txt
      aseankg --store /tmp/kg load releases/ --strict
    """
    from kg.pipeline import Loader, release_files
    from kg.progress import Progress

    files, problems = release_files(list(paths))
    failures = list(problems)
    for p in problems:
        click.echo(f"aseankg: {p.message}", err=True)
    if strict and problems:
        sys.exit(problems[0].exit_code)
    if not files:
        sys.exit(EXIT_INPUT if problems else EXIT_OK)
    try:
        store = obj.store()
    except AseanKGError as err:
        fail(err)
    counts: dict[str, int] = {}
    bar = Progress(len(files), enabled=None if not obj.quiet and len(files) > 1 else False)
    per_file = not obj.quiet and not (bar.enabled and sys.stdout.isatty())

    def report(outcome) -> None:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
        if outcome.exit_code:
            failures.append(outcome)
            bar.echo(f"aseankg: {outcome.message}", sys.stderr)
        elif per_file:
            bar.echo(f"{outcome.status:9} {outcome.path} ({outcome.triples} triples)" if outcome.triples
                     else f"{outcome.status:9} {outcome.path}", sys.stdout)
        bar.advance()

    try:
        Loader(store, jobs=jobs, strict=strict).run(files, report)
    except AseanKGError as err:
        bar.clear()
        fail(err)
    bar.close()
    if not obj.quiet or failures:
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        click.echo(f"{summary or 'nothing loaded'}", err=bool(failures))
    if failures:
        click.echo(f"{len(failures)} failed:", err=True)
        for o in failures:
            click.echo(f"  {o.message}", err=True)
        sys.exit(max(o.exit_code for o in failures))


@main.command()
@click.pass_obj
def validate(obj: Context) -> None:
    """Validate the whole store against ontology/shapes.ttl.

    \b
    Example:
      aseankg validate
    """
    from kg.validate import validate_store

    try:
        report = validate_store(obj.store())
    except AseanKGError as err:
        fail(err)
    if report.conforms:
        click.echo("conforms")
        return
    click.echo(f"does not conform ({report.violations} violations)")
    click.echo(report.text)
    sys.exit(EXIT_REJECTED)


@main.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (an RDF term).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle", "jsonld"]),
              default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the named queries with their questions.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True, metavar="SECONDS",
              help="Stop a query that runs longer (exit code 4).")
@click.pass_obj
def query(obj: Context, name: str | None, params: tuple[str, ...], fmt: str, list_: bool, timeout: float) -> None:
    """Run a named query (queries/NAME.rq) or a SPARQL file.

    \b
    Example:
      aseankg query meetings --param partner="United States of America"
      aseankg query chairs --format csv
      aseankg query my-question.rq --format json
      aseankg query --list
      aseankg query slow.rq --timeout 10
    """
    from kg.query import deadline, named_queries, parse_params, render, resolve, run

    if list_ or not name:
        for q in named_queries().values():
            params_text = f" [{', '.join(q.parameters)}]" if q.parameters else ""
            click.echo(f"{q.name}{params_text}: {q.question}")
        return
    try:
        nq = resolve(name)
        bound = parse_params(list(params), nq)
        with deadline(timeout, nq.name):
            result = run(obj.store(), nq, bound)
            text = render(result, fmt)
    except AseanKGError as err:
        fail(err)
    click.echo(text, nl=not text.endswith("\n"))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "nq", "jsonld"]), default="turtle",
              show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write to FILE instead of standard output.")
@click.option("--graph", help="Export one graph: a release's file name (without extension) or a graph IRI.")
@click.option("--query", "query_file", metavar="FILE.rq", help="Export the result of a CONSTRUCT or DESCRIBE query.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a parameter of --query.")
@click.pass_obj
def export(obj: Context, fmt: str, output: Path | None, graph: str | None, query_file: str | None,
           params: tuple[str, ...]) -> None:
    """Export the store (or one release's graph) as Turtle, TriG, N-Triples, N-Quads or JSON-LD.

    TriG and N-Quads keep each release in its own named graph; JSON-LD uses the project's prefixes
    as its @context. With --query, the triples a CONSTRUCT or DESCRIBE query builds.

    \b
    Example:
      aseankg export --format trig --output kg.trig
      aseankg export --graph 000_5d2e2954b440508a
      aseankg export --query partner-network.rq --format jsonld
    """
    from kg.export import export as do_export
    from kg.export import export_construct

    try:
        if query_file:
            data = export_construct(obj.store(), query_file, fmt, list(params))
        else:
            data = do_export(obj.store(), fmt, graph)
    except AseanKGError as err:
        fail(err)
    write_output(data, output, obj.quiet)


@main.command()
@click.pass_obj
def stats(obj: Context) -> None:
    """Count releases, triples and facts in the store.

    \b
    Example:
      aseankg stats
    """
    from kg.export import stats as do_stats

    try:
        rows = do_stats(obj.store())
    except AseanKGError as err:
        fail(err)
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        click.echo(f"{key:<{width}}  {value}")


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def extract(path: Path, fmt: str) -> None:
    """Show what a release would give, with evidence, without touching the store.

    Also lists what was recognised but not understood (a person not in the reference data, a
    meeting mentioned in passing, an amount with no pledge).

    \b
    Example:
      aseankg extract seeds/releases/000_5d2e2954b440508a.txt
      aseankg extract release.md --format json
    """
    from kg.pipeline import extract as do_extract
    from kg.report import extraction_json, extraction_table

    try:
        result = do_extract(path)
    except AseanKGError as err:
        fail(err)
    click.echo(extraction_json(result) if fmt == "json" else extraction_table(result))



@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, metavar="SECONDS",
              help="Stop a query that runs longer (answered 503).")
@click.option("--max-rows", type=click.IntRange(min=1), default=10000, show_default=True,
              help="Largest answer, in rows or triples (more is answered 413).")
@click.pass_obj
def serve(obj: Context, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve the store read-only: SPARQL 1.1 Protocol at /sparql, a query page at /.

    GET and POST; answers as JSON, XML, CSV, TSV (SELECT, ASK) or Turtle, N-Triples, JSON-LD
    (CONSTRUCT, DESCRIBE) by the Accept header. Updates are answered 403. Named queries run at
    /queries/NAME?param=value.

    \b
    Example:
      aseankg serve --port 8000
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s a akg:Summit }' \\
           http://127.0.0.1:8000/sparql
    """
    from kg.serve import Limits
    from kg.serve import serve as do_serve
    from kg.store import store_path

    if obj.endpoint:
        click.echo(f"aseankg: {obj.endpoint}: serve publishes a store folder; the endpoint is already served",
                   err=True)
        sys.exit(EXIT_INPUT)
    try:
        do_serve(host, port, store_path(obj.store_option), Limits(timeout=timeout, max_rows=max_rows),
                 echo=lambda m: click.echo(m, err=True), quiet=obj.quiet)
    except AseanKGError as err:
        fail(err)

@main.command()
@click.option("--format", "fmt", type=click.Choice(["html", "graphml", "gexf", "json", "png", "svg"]),
              help="Output format (default: from the --output suffix; none: print a summary).")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write to FILE (text formats go to stdout without).")
@click.option("--since", metavar="DATE", help="Meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Meetings on or before DATE; partnerships begun by then.")
@click.option("--partner", metavar="NAME", help="Only ASEAN's relations with NAME (English or Thai label).")
@click.option("--kind", "kinds", multiple=True, metavar="KIND", help="Meeting kind: summit, ministerial, som, other.")
@click.option("--edges", "edges", multiple=True, metavar="TYPES",
              help="Edge types, comma-separated: co-attended, chaired, represents, partnership, coordinates, pledged.")
@click.option("--min-weight", type=float, default=0, help="Drop ties lighter than this.")
@click.option("--level", type=click.Choice(["person", "country"]), default="person", show_default=True,
              help="country: fold people into the actors they represent.")
@click.option("--metrics", type=click.Choice(["table", "csv"]), is_flag=False, flag_value="table", default=None,
              help="Print degree, weighted degree, betweenness and community per actor (table, or csv).")
@click.option("--timeline", is_flag=True, help="Draw the partnership timeline (png or svg) instead of the network.")
@click.option("--lang", type=click.Choice(["en", "th", "both"]), default="en", show_default=True,
              help="Label language in figures and the page.")
@click.pass_obj
def network(obj: Context, fmt: str | None, output: Path | None, since: str | None, until: str | None,
            partner: str | None, kinds: tuple[str, ...], edges: tuple[str, ...], min_weight: float, level: str,
            metrics: str | None, timeline: bool, lang: str) -> None:
    """The actor network: who deals with whom, as a file for Gephi or Cytoscape, a figure or a page.

    Nodes are countries, organisations and people; ties are co-attended, chaired, represents,
    partnership, coordinates and pledged. With nothing in the store, or filters that leave no ties,
    it says so and writes no file (exit 5).

    \b
    Example:
      aseankg network --output network.html
      aseankg network --level country --format gexf -o network.gexf
      aseankg network --partner Japan --since 2021 --metrics csv
      aseankg network --timeline -o timeline.png
    """
    from kg.netrender import choose_format, render, render_timeline
    from kg.network import build, make_filters, metrics_text, summary

    try:
        fmt = choose_format(fmt, output, timeline)
        net = build(obj.store(), make_filters(since, until, partner, kinds, edges, min_weight, level))
        data = (render_timeline(net, fmt, lang) if timeline else render(net, fmt, lang)) if fmt else None
    except AseanKGError as err:
        fail(err)
    if metrics:
        click.echo(metrics_text(net.graph, metrics), nl=metrics != "csv")
    if data is None:
        if not metrics:
            click.echo(summary(net))
        return
    write_output(data, output, obj.quiet)


if __name__ == "__main__":
    main()
