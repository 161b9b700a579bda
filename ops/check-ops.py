#!/usr/bin/env python3
"""Static checks of the operations assets, run by .ci/run (promtool checks the PromQL itself):

- ops/grafana/dashboards/*.json: valid JSON; unique panel ids; every panel queries the provisioned
  Prometheus datasource and has at least one non-empty expression;
- every metric the dashboards and the alert rules query is documented in docs/metrics.md;
- every alert has a `runbook` annotation pointing at an existing section of docs/runbook.md, and a
  unit test in ops/prometheus/alerts.test.yml;
- every dashboard expression is valid PromQL (Grafana's $__rate_interval and friends replaced by a
  duration), checked with promtool as recording rules when promtool is on the PATH.

That the metrics really exist is checked against the running services by
system-tests' OperationsSystemIT. Exit status 1 with one line per problem.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DASHBOARDS = ROOT / "ops/grafana/dashboards"
DATASOURCES = ROOT / "ops/grafana/provisioning/datasources/prometheus.yml"
ALERTS = ROOT / "ops/prometheus/alerts.yml"
ALERT_TESTS = ROOT / "ops/prometheus/alerts.test.yml"
METRICS_DOC = ROOT / "docs/metrics.md"
RUNBOOK = ROOT / "docs/runbook.md"

# Metric names in PromQL: what the services expose (Micrometer's Prometheus names). Label names,
# functions and keywords never start with these prefixes.
METRIC = re.compile(r"\b(?:newsflow|kafka|spring_kafka|http_server|jvm|process|system|executor|tomcat|logback|disk)_[a-z0-9_]+\b")
SUFFIXES = ("_bucket", "_count", "_sum", "_max")

problems = []


def metric_names(expr):
    return set(METRIC.findall(expr))


def documented(name, doc):
    if re.search(r"\b%s\b" % re.escape(name), doc):
        return True
    for suffix in SUFFIXES:
        if name.endswith(suffix) and re.search(r"\b%s\b" % re.escape(name[: -len(suffix)]), doc):
            return True
    return False


def alert_rules():
    """(name or record, expr, annotations) of every rule in alerts.yml."""
    try:
        import yaml
    except ImportError:
        yaml = None
    text = ALERTS.read_text()
    if yaml is not None:
        rules = []
        for group in yaml.safe_load(text)["groups"]:
            for rule in group["rules"]:
                rules.append((rule.get("alert") or rule.get("record"), rule["expr"], rule.get("annotations", {})))
        return rules
    # Without PyYAML: a reader for this file's own layout (`- alert:`/`- record:`, `expr:` inline or
    # as a `|` block, `runbook:` inline), enough for the checks below.
    rules, current, block_indent = [], None, None
    for line in text.splitlines():
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if block_indent is not None:
            if stripped and indent >= block_indent:
                current[1] += " " + stripped
                continue
            block_indent = None
        match = re.match(r"- (alert|record): (\S+)", stripped)
        if match:
            current = [match.group(2), "", {}]
            rules.append(current)
        elif current and stripped.startswith("expr:"):
            value = stripped[len("expr:"):].strip()
            if value in ("|", ">", "|-", ">-"):
                block_indent = indent + 1
            else:
                current[1] = value
        elif current and stripped.startswith("runbook:"):
            current[2]["runbook"] = stripped[len("runbook:"):].strip()
    return [tuple(rule) for rule in rules]


def github_anchor(heading):
    anchor = heading.strip().lower()
    anchor = re.sub(r"[^\w\- ]", "", anchor)
    return anchor.replace(" ", "-")


GRAFANA_VARIABLES = re.compile(r"\$__(?:rate_interval|interval|range)")


def check_promql(where_and_exprs):
    """promtool parses PromQL only in rule files: write the expressions as recording rules."""
    promtool = shutil.which("promtool")
    if promtool is None:
        print("promtool not found: dashboard PromQL not parsed")
        return
    lines = ["groups:", "  - name: dashboard", "    rules:"]
    for i, (_, expr) in enumerate(where_and_exprs):
        lines.append(f"      - record: dashboard:expr_{i}")
        lines.append(f"        expr: {json.dumps(GRAFANA_VARIABLES.sub('5m', expr))}")
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as rules:
        rules.write("\n".join(lines) + "\n")
    try:
        result = subprocess.run([promtool, "check", "rules", rules.name], capture_output=True, text=True)
    finally:
        pathlib.Path(rules.name).unlink()
    if result.returncode != 0:
        problems.append("dashboard PromQL does not parse:\n" + result.stdout + result.stderr)


def check_dashboards(doc):
    uid = re.search(r"^\s*uid:\s*(\S+)", DATASOURCES.read_text(), re.M).group(1)
    queries = []
    files = sorted(DASHBOARDS.glob("*.json"))
    if not files:
        problems.append(f"{DASHBOARDS}: no dashboards")
    for path in files:
        try:
            dashboard = json.loads(path.read_text())
        except json.JSONDecodeError as e:
            problems.append(f"{path}: not valid JSON: {e}")
            continue
        for key in ("uid", "title", "panels"):
            if not dashboard.get(key):
                problems.append(f"{path}: no {key}")
        panels = []
        for panel in dashboard.get("panels", []):
            panels.append(panel)
            panels.extend(panel.get("panels", []))
        ids = [p.get("id") for p in panels]
        if len(ids) != len(set(ids)):
            problems.append(f"{path}: panel ids are not unique")
        for panel in panels:
            if panel.get("type") == "row":
                continue
            where = f"{path.name}: panel '{panel.get('title')}'"
            if "gridPos" not in panel:
                problems.append(f"{where}: no gridPos")
            if panel.get("datasource", {}).get("uid") != uid:
                problems.append(f"{where}: datasource is not the provisioned Prometheus (uid {uid})")
            exprs = [t.get("expr", "") for t in panel.get("targets", [])]
            if not exprs or not all(e.strip() for e in exprs):
                problems.append(f"{where}: a target without a PromQL expression")
            for expr in exprs:
                queries.append((where, expr))
                for name in sorted(metric_names(expr)):
                    if not documented(name, doc):
                        problems.append(f"{where}: metric {name} is not documented in docs/metrics.md")
    check_promql(queries)


def check_alerts(doc):
    runbook = RUNBOOK.read_text()
    anchors = {github_anchor(h) for h in re.findall(r"^#+\s+(.+)$", runbook, re.M)}
    tests = ALERT_TESTS.read_text()
    for name, expr, annotations in alert_rules():
        for metric in sorted(metric_names(expr)):
            if not documented(metric, doc):
                problems.append(f"alerts.yml: {name}: metric {metric} is not documented in docs/metrics.md")
        if name.startswith("newsflow:"):
            continue  # a recording rule
        link = annotations.get("runbook", "")
        if not link.startswith("docs/runbook.md#"):
            problems.append(f"alerts.yml: {name}: no `runbook: docs/runbook.md#...` annotation")
        elif link.split("#", 1)[1] not in anchors:
            problems.append(f"alerts.yml: {name}: docs/runbook.md has no section #{link.split('#', 1)[1]}")
        if not re.search(r"alertname:\s*%s\b" % re.escape(name), tests):
            problems.append(f"alerts.yml: {name}: no test in alerts.test.yml")


def main():
    doc = METRICS_DOC.read_text()
    check_dashboards(doc)
    check_alerts(doc)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"dashboards, alert rules, runbook and metrics docs agree ({len(alert_rules())} rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
