//! End-to-end tests of the `echt` binary: real processes on fixture files.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn echt() -> Command {
    let mut cmd = Command::cargo_bin("echt").expect("the echt binary is built for tests");
    cmd.env("NO_COLOR", "1").env_remove("CLICOLOR_FORCE");
    cmd.current_dir(repo());
    cmd
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// stdout and stderr of a run, and its exit code.
fn outputs_of(cmd: &mut Command) -> (String, String, i32) {
    let out = cmd.output().expect("runs");
    (
        String::from_utf8(out.stdout).expect("utf-8 output"),
        String::from_utf8(out.stderr).expect("utf-8 messages"),
        out.status.code().unwrap_or(-1),
    )
}

/// stdout of a run, and its exit code.
fn stdout_of(cmd: &mut Command) -> (String, i32) {
    let (out, _, code) = outputs_of(cmd);
    (out, code)
}

#[test]
fn human_output_reads_like_a_compiler() {
    let (out, code) = stdout_of(echt().args(["check", "tests/fixtures/campagne/folder.txt"]));
    assert_eq!(code, 1);
    insta::assert_snapshot!("check_human", out);
}

#[test]
fn json_output_is_the_documented_contract() {
    let (out, code) = stdout_of(echt().args([
        "check",
        "--format",
        "json",
        "tests/fixtures/campagne/folder.txt",
    ]));
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON document");
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    let file = &v["files"][0];
    assert_eq!(file["path"], "tests/fixtures/campagne/folder.txt");
    assert!(file["words"].as_u64().unwrap() > 20);
    let content =
        std::fs::read_to_string(repo().join("tests/fixtures/campagne/folder.txt")).unwrap();
    let findings = file["findings"].as_array().unwrap();
    assert!(findings.len() >= 3);
    for f in findings {
        for key in [
            "rule",
            "category",
            "severity",
            "start",
            "end",
            "line",
            "column",
            "text",
            "message",
            "suggestion",
        ] {
            assert!(!f[key].is_null(), "missing {key} in {f}");
        }
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &content[s..e],
            f["text"].as_str().unwrap(),
            "start/end are byte offsets"
        );
    }
    let rules: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "customer-at-the-centre",
            "size-superlative",
            "number-one-claim"
        ]
    );
    insta::assert_snapshot!("check_json", out);
}

#[test]
fn clean_text_exits_zero() {
    echt()
        .args(["check", "-"])
        .write_stdin("De werkplaats is op zaterdag open van 9 tot 13 uur.")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "Geen holle claims gevonden in 1 bestand",
        ));
}

#[test]
fn fail_on_sets_the_threshold() {
    let text = "Bij ons staat de klant centraal.";
    echt().args(["check"]).write_stdin(text).assert().code(1);
    echt()
        .args(["check", "--fail-on", "error"])
        .write_stdin(text)
        .assert()
        .code(0);
    echt()
        .args(["check", "--fail-on", "never"])
        .write_stdin("De goedkoopste!")
        .assert()
        .code(0);
    echt()
        .args(["check", "--fail-on", "error"])
        .write_stdin("De goedkoopste!")
        .assert()
        .code(1);
}

#[test]
fn folders_are_walked_recursively_for_text_files() {
    let (out, code) =
        stdout_of(echt().args(["check", "--format", "json", "tests/fixtures/campagne"]));
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "tests/fixtures/campagne/folder.txt",
            "tests/fixtures/campagne/sub/nieuwsbrief.md"
        ]
    );
    assert_eq!(
        v["files"][1]["findings"].as_array().unwrap().len(),
        0,
        "„Beste klant,” is a greeting"
    );
}

#[test]
fn hidden_and_ignored_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "De goedkoopste!").unwrap();
    std::fs::write(dir.path().join(".verborgen.txt"), "De goedkoopste!").unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join(".gitignore"), "weg.txt\n").unwrap();
    std::fs::write(dir.path().join("weg.txt"), "De goedkoopste!").unwrap();
    let (out, _) = stdout_of(echt().args(["check", "--format", "json"]).arg(dir.path()));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 1, "{out}");
}

#[test]
fn a_missing_file_is_an_error_but_the_rest_is_checked() {
    let out = echt()
        .args([
            "check",
            "--format",
            "json",
            "bestaat-niet.txt",
            "tests/fixtures/campagne/folder.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("bestaat-niet.txt: bestand of map bestaat niet"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert!(files.iter().any(|f| f["error"].is_string()));
    assert!(
        files
            .iter()
            .any(|f| !f["findings"].as_array().unwrap().is_empty())
    );
}

#[test]
fn missing_paths_keep_their_place_in_the_output() {
    let (out, code) = stdout_of(echt().args([
        "check",
        "--format",
        "json",
        "weg-1.txt",
        "tests/fixtures/campagne/folder.txt",
        "weg-2.txt",
    ]));
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let files: Vec<(&str, bool)> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["error"].is_string()))
        .collect();
    assert_eq!(
        files,
        [
            ("weg-1.txt", true),
            ("tests/fixtures/campagne/folder.txt", false),
            ("weg-2.txt", true)
        ]
    );

    // `score` writes one line per input in the same order.
    let (out, code) = stdout_of(echt().args([
        "score",
        "--quiet",
        "weg-1.txt",
        "tests/fixtures/campagne/folder.txt",
        "weg-2.txt",
    ]));
    assert_eq!(code, 2);
    let ids: Vec<String> = out
        .lines()
        .skip(1)
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "\"weg-1.txt\"",
            "\"tests/fixtures/campagne/folder.txt\"",
            "\"weg-2.txt\""
        ]
    );
}

#[test]
fn invalid_utf8_names_the_file_and_position() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kapot.txt");
    std::fs::write(&bad, b"Regel een\nDe goedkoop\xe9ste\n").unwrap();
    let good = dir.path().join("goed.txt");
    std::fs::write(&good, "De klant is koning.").unwrap();
    let out = echt().arg("check").arg(&bad).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("kapot.txt: ongeldige UTF-8 op byte 21 (regel 2, kolom 12)"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("customer-is-king"),
        "the good file is still checked: {stdout}"
    );
}

#[test]
fn extra_lexicons_add_rules() {
    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("merk.toml");
    std::fs::write(
        &lex,
        r#"category = "superlative"
[[rule]]
id = "brand-tastiest-fries"
severity = "error"
message = "Smaakclaim."
suggestion = "Laat klanten het zeggen."
explanation = "Niet te toetsen."
patterns = ["lekkerste friet"]
"#,
    )
    .unwrap();
    echt()
        .args(["check", "--format", "json", "--lexicon"])
        .arg(&lex)
        .write_stdin("De lekkerste friet van Gent.")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("brand-tastiest-fries"));
}

#[test]
fn a_broken_lexicon_names_file_line_and_rule() {
    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("kapot.toml");
    std::fs::write(
        &lex,
        "category = \"superlative\"\n[[rule]]\nid = \"x-y\"\nseverity = \"hard\"\nmessage = \"m\"\nsuggestion = \"s\"\nexplanation = \"e\"\npatterns = [\"a\"]\n",
    )
    .unwrap();
    let out = echt()
        .args(["check", "--lexicon"])
        .arg(&lex)
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("kapot.toml:4:12: regel `x-y`: onbekende ernst `hard`"),
        "{stderr}"
    );
    let out = echt()
        .args(["--lang", "en", "check", "--lexicon"])
        .arg(&lex)
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("kapot.toml:4:12: rule `x-y`: unknown severity `hard`"),
        "{stderr}"
    );
}

#[test]
fn context_flags_are_in_json_and_negation_is_opt_in() {
    let text = "Wij zijn niet de goedkoopste. De slogan „klant centraal” zegt niets. \
                Snelste bezorger volgens de test van de Consumentenbond, 2025.";
    let (out, code) = stdout_of(echt().args(["check", "--format", "json"]).write_stdin(text));
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let f = v["files"][0]["findings"].as_array().unwrap();
    assert_eq!(f.len(), 2, "the negated claim is hidden: {out}");
    assert_eq!(f[0]["quoted"], true);
    assert_eq!(f[1]["substantiated"], true);
    assert_eq!(f[1]["severity"], "info");
    let (out, _) = stdout_of(
        echt()
            .args(["check", "--format", "json", "--include-negated"])
            .write_stdin(text),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["files"][0]["findings"][0]["negated"], true);
}

#[test]
fn usage_errors_exit_two() {
    echt()
        .args(["check", "--format", "xml", "a.txt"])
        .assert()
        .code(2);
    echt().args(["bestaat-niet"]).assert().code(2);
}

#[test]
fn color_is_opt_in_when_piped() {
    let (plain, _) = stdout_of(echt().args(["check", "-"]).write_stdin("De goedkoopste!"));
    assert!(!plain.contains('\u{1b}'));
    let (colored, _) = stdout_of(
        echt()
            .env_remove("NO_COLOR")
            .args(["check", "--color", "always", "-"])
            .write_stdin("De goedkoopste!"),
    );
    assert!(colored.contains('\u{1b}'));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    for i in 0..200 {
        std::fs::write(
            dir.path().join(format!("{i:03}.txt")),
            "Wij zijn de goedkoopste. De klant is koning.\n",
        )
        .unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin("echt");
    let mut child = std::process::Command::new(bin)
        .args(["check"])
        .arg(dir.path())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped here: the pipe closes while echt is still writing.
    let out = child.wait_with_output().unwrap();
    assert_ne!(out.status.code(), Some(101), "no panic");
    assert!(
        String::from_utf8_lossy(&out.stderr).is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn eval_scores_gold_and_reports_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("goud.jsonl");
    std::fs::write(
        &gold,
        concat!(
            r#"{"text":"Wij zijn de goedkoopste.","spans":[{"start":12,"end":23,"category":"superlative"}]}"#,
            "\n",
            r#"{"text": kapot}"#,
            "\n",
            r#"{"text":"Bel ons gerust.","spans":[]}"#,
            "\n",
        ),
    )
    .unwrap();
    let out = echt()
        .args(["eval", "--format", "json"])
        .arg(&gold)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad line makes the exit code 2"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("goud.jsonl:2:"), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"], 2, "the good lines are still scored");
    assert_eq!(v["overlap"]["precision"], 1.0);
    assert_eq!(v["overlap"]["recall"], 1.0);
    assert_eq!(v["document_accuracy"], 1.0);
}

#[test]
fn eval_reads_corpus_markup_and_lists_misses() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("goud.txt");
    std::fs::write(
        &gold,
        "# kop\nBij ons staat de [klant centraal]{customer_centric}.\nHet [hemelse]{superlative} net.\n",
    )
    .unwrap();
    let (out, code) = stdout_of(echt().arg("eval").arg(&gold));
    assert_eq!(code, 0);
    assert!(out.contains("customer_centric"), "{out}");
    assert!(out.contains("Gemist (1)"), "{out}");
    assert!(out.contains("goud.txt:3"), "{out}");
}

fn corpus_fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corpus.jsonl");
    let mut lines = String::new();
    for i in 0..300 {
        let text = match i % 4 {
            0 => "Wij zijn de goedkoopste van Nederland en stellen de klant centraal.",
            1 => "De trein vertrekt om negen uur van spoor vier.",
            2 => "Onze duurzame verpakking is beter voor de planeet.",
            _ => "Beste klant, uw pakket komt morgen.",
        };
        lines.push_str(&format!(
            "{{\"meta\": {{\"nr\": \"doc-{i}\"}}, \"body\": {{\"text\": {text:?}}}}}\n"
        ));
    }
    lines.push_str("{kapot\n");
    std::fs::write(&path, lines).unwrap();
    (dir, path)
}

#[test]
fn score_jsonl_has_metadata_scores_and_error_records() {
    let (_dir, path) = corpus_fixture();
    let out = echt()
        .args([
            "score",
            "--quiet",
            "--text-field",
            "body.text",
            "--id-field",
            "meta.nr",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad record makes the exit code 2"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        1 + 301,
        "metadata, every record, the bad one too"
    );
    assert_eq!(lines[0]["meta"]["score_formula"], 1);
    assert_eq!(lines[1]["id"], "doc-0");
    assert_eq!(lines[1]["counts"]["superlative"], 1);
    assert_eq!(lines[1]["counts"]["customer_centric"], 1);
    assert!(lines[1]["score"].as_f64().unwrap() > 90.0);
    assert_eq!(lines[2]["score"], 0.0);
    assert!(
        lines[301]["error"]
            .as_str()
            .unwrap()
            .contains("geen geldige JSON")
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("corpus.jsonl:301"), "{stderr}");
}

#[test]
fn score_output_is_identical_for_any_thread_count() {
    let (_dir, path) = corpus_fixture();
    let run = |threads: &str, format: &str| {
        echt()
            .args([
                "score",
                "--quiet",
                "--text-field",
                "body.text",
                "--format",
                format,
                "--threads",
                threads,
            ])
            .arg(&path)
            .output()
            .unwrap()
            .stdout
    };
    for format in ["jsonl", "csv"] {
        let one = run("1", format);
        assert!(!one.is_empty());
        assert_eq!(one, run("2", format), "{format}");
        assert_eq!(one, run("4", format), "{format}");
    }
}

#[test]
fn score_csv_is_liwc_style() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.csv");
    std::fs::write(
        &path,
        "nr,tekst\n7,\"Wij zijn de beste, echt waar.\"\n8,Gewoon een zin.\n",
    )
    .unwrap();
    let (out, code) = stdout_of(
        echt()
            .args([
                "score",
                "--format",
                "csv",
                "--text-column",
                "tekst",
                "--id-column",
                "nr",
            ])
            .arg(&path),
    );
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("id,WC,sentences,score,superlative,superlative_rate,")
    );
    assert!(lines.next().unwrap().starts_with("7,6,1,"));
    assert!(lines.next().unwrap().starts_with("8,3,1,0,0,0,"));
}

#[test]
fn stats_counts_the_corpus() {
    let (_dir, path) = corpus_fixture();
    let (out, _) = stdout_of(
        echt()
            .args([
                "stats",
                "--quiet",
                "--format",
                "json",
                "--text-field",
                "body.text",
            ])
            .arg(&path),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["documents"], 300);
    assert_eq!(v["errors"], 1);
    assert_eq!(v["categories"][0]["category"], "superlative");
    assert_eq!(v["categories"][0]["count"], 75);
    assert_eq!(v["rules"][0]["count"], 75);
}

#[test]
fn score_into_a_closed_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let (_dir, path) = corpus_fixture();
    let bin = assert_cmd::cargo::cargo_bin("echt");
    let mut child = std::process::Command::new(bin)
        .args(["score", "--quiet", "--text-field", "body.text"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 8];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_ne!(out.status.code(), Some(101), "no panic");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn rules_lists_every_rule_and_filters() {
    let (out, code) = stdout_of(echt().args(["rules", "--format", "json"]));
    assert_eq!(code, 0);
    let all: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert!(all.len() >= 30, "{} rules", all.len());
    let mut ids: Vec<&str> = all.iter().map(|r| r["id"].as_str().unwrap()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all.len(), "ids are unique");
    let (out, _) =
        stdout_of(echt().args(["rules", "--category", "superlative", "--severity", "error"]));
    assert!(out.contains("price-superlative"));
    assert!(!out.contains("quality-superlative"));
    echt()
        .args(["rules", "--category", "vaag"])
        .assert()
        .code(2);
}

#[test]
fn explain_prints_every_section() {
    let (out, code) = stdout_of(echt().args(["explain", "price-superlative"]));
    assert_eq!(code, 0);
    for section in [
        "Waarom is dit hol?",
        "Regelgeving en richtlijnen",
        "Zo niet",
        "Zo maakt u het concreet",
        "https://",
    ] {
        assert!(out.contains(section), "missing {section:?} in {out}");
    }
    let (out, _) = stdout_of(echt().args(["--lang", "en", "explain", "price-superlative"]));
    assert!(out.contains("Why is this hollow?"));
    echt()
        .args(["explain", "bestaat-niet"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("onbekende regel"));
}

#[test]
fn every_rule_is_fully_documented() {
    let (out, _) = stdout_of(echt().args(["explain", "--all", "--format", "json"]));
    let rules: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    for r in &rules {
        let id = r["id"].as_str().unwrap();
        for field in ["message", "suggestion", "explanation"] {
            assert!(
                !r[field].as_str().unwrap_or("").trim().is_empty(),
                "{id}: empty {field}"
            );
        }
        assert!(
            !r["references"].as_array().unwrap().is_empty(),
            "{id}: no references"
        );
        assert!(
            !r["examples"].as_array().unwrap().is_empty(),
            "{id}: no bad example"
        );
        assert!(
            !r["better"].as_array().unwrap().is_empty(),
            "{id}: no good example (`better` in its lexicon entry)"
        );
        for field in ["message_en", "suggestion_en", "explanation_en"] {
            assert!(
                !r[field].as_str().unwrap_or("").trim().is_empty(),
                "{id}: no `{field}` in its lexicon entry (needed for --lang en)"
            );
        }
        for reference in r["references"].as_array().unwrap() {
            assert!(
                reference["url"].as_str().unwrap().starts_with("https://"),
                "{id}: {reference}"
            );
        }
    }
}

#[test]
fn docs_rules_md_is_up_to_date() {
    let (generated, code) = stdout_of(echt().args(["explain", "--all", "--format", "markdown"]));
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string(repo().join("docs/rules.md")).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is stale: run `cargo run -q -- explain --all --format markdown > docs/rules.md`"
    );
}

#[test]
fn sarif_output_round_trips_through_the_typed_model() {
    let (out, code) = stdout_of(echt().args([
        "check",
        "--format",
        "sarif",
        "tests/fixtures/campagne/folder.txt",
    ]));
    assert_eq!(code, 1);
    let log: serde_sarif::sarif::Sarif = serde_json::from_str(&out).expect("valid SARIF");
    let again = serde_json::to_string_pretty(&log).unwrap();
    let reparsed: serde_sarif::sarif::Sarif = serde_json::from_str(&again).unwrap();
    assert_eq!(log, reparsed);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "echt");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    let region = &results[0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 3);
    assert_eq!(region["startColumn"], 16);
    assert_eq!(results[0]["ruleId"], "customer-at-the-centre");
    let index = results[0]["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(
        run["tool"]["driver"]["rules"][index]["id"],
        "customer-at-the-centre"
    );
}

#[test]
fn github_format_annotates_lines() {
    let (out, _) = stdout_of(echt().args([
        "check",
        "--format",
        "github",
        "tests/fixtures/campagne/folder.txt",
    ]));
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("::warning file=tests/fixtures/campagne/folder.txt,line=3,col=16,endLine=3,endColumn=30,title=echt customer-at-the-centre::"),
        "{first}"
    );
}

/// A folder with a good file (`goed.txt`), a file that is not UTF-8
/// (`kapot.txt`), and no `weg.txt`.
fn good_bad_and_missing() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("goed.txt"), "Wij zijn de goedkoopste.").unwrap();
    std::fs::write(
        dir.path().join("kapot.txt"),
        b"Regel een\nDe goed\xffkoopste",
    )
    .unwrap();
    dir
}

#[test]
fn sarif_reports_inputs_that_could_not_be_read() {
    let dir = good_bad_and_missing();
    let (out, code) = stdout_of(echt().current_dir(dir.path()).args([
        "check",
        "--format",
        "sarif",
        "weg.txt",
        "goed.txt",
        "kapot.txt",
    ]));
    assert_eq!(code, 2);
    let log: serde_sarif::sarif::Sarif = serde_json::from_str(&out).expect("valid SARIF");
    let again: serde_sarif::sarif::Sarif =
        serde_json::from_str(&serde_json::to_string(&log).unwrap()).unwrap();
    assert_eq!(log, again);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let run = &v["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 1, "the good file");
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notes = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 2, "{invocation}");
    for (note, path) in notes.iter().zip(["weg.txt", "kapot.txt"]) {
        assert_eq!(note["level"], "error");
        let location = &note["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], path);
    }
    assert_eq!(notes[0]["message"]["text"], "bestand of map bestaat niet");
    assert!(
        notes[1]["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("ongeldige UTF-8 op byte 17")
    );
    let region = &notes[1]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (
            &region["startLine"],
            &region["startColumn"],
            &region["byteOffset"]
        ),
        (&2.into(), &8.into(), &17.into())
    );

    let (out, code) = stdout_of(
        echt()
            .current_dir(dir.path())
            .args(["check", "--format", "sarif", "goed.txt"]),
    );
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let invocation = &v["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], true);
    assert!(invocation["toolExecutionNotifications"].is_null());
}

#[test]
fn github_format_annotates_inputs_that_could_not_be_read() {
    let dir = good_bad_and_missing();
    let (out, code) = stdout_of(echt().current_dir(dir.path()).args([
        "--lang",
        "en",
        "check",
        "--format",
        "github",
        "weg.txt",
        "goed.txt",
        "kapot.txt",
    ]));
    assert_eq!(code, 2);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.first(),
        Some(&"::error file=weg.txt,title=echt::file or folder does not exist"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("::error file=goed.txt,line=1,col=13,"),
        "{out}"
    );
    assert_eq!(
        lines.get(2),
        Some(
            &"::error file=kapot.txt,line=2,col=8,title=echt::invalid UTF-8 at byte 17 (line 2, column 8); save the file as UTF-8"
        ),
        "{out}"
    );
    assert_eq!(lines.len(), 3, "{out}");
}

#[test]
fn english_labels_with_lang_en() {
    let (out, _) = stdout_of(
        echt()
            .args(["--lang", "en", "check", "-"])
            .write_stdin("Wij zijn de goedkoopste."),
    );
    assert!(out.starts_with("error[price-superlative]"), "{out}");
    assert!(out.contains("= help:"), "{out}");
    assert!(out.contains("1 hollow claim in 1 file"), "{out}");
    let dir = tempfile::tempdir().unwrap();
    let (out, code) = stdout_of(echt().args(["--lang", "en", "config"]).arg(dir.path()));
    assert_eq!(code, 0);
    assert!(out.starts_with("# no echt.toml found: defaults\n"), "{out}");
}

/// stderr of a run, and its exit code.
fn stderr_of(cmd: &mut Command) -> (String, i32) {
    let (_, err, code) = outputs_of(cmd);
    (err, code)
}

#[test]
fn error_messages_are_dutch_by_default_and_english_with_lang_en() {
    let dir = project();
    let bad = dir.path().join("kapot.txt");
    std::fs::write(&bad, b"De goed\xffkoopste").unwrap();
    let nl = |args: &[&str]| stderr_of(echt().args(args).current_dir(dir.path()));
    let en = |args: &[&str]| {
        let mut all = vec!["--lang", "en"];
        all.extend_from_slice(args);
        stderr_of(echt().args(all).current_dir(dir.path()))
    };
    // (arguments, Dutch, English): each a message of the CLI's own.
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["check", "weg.txt"],
            "echt: fout: weg.txt: bestand of map bestaat niet",
            "echt: error: weg.txt: file or folder does not exist",
        ),
        (
            &["check", "kapot.txt"],
            "kapot.txt: ongeldige UTF-8 op byte 7 (regel 1, kolom 8)",
            "kapot.txt: invalid UTF-8 at byte 7 (line 1, column 8); save the file as UTF-8",
        ),
        (
            &["explain", "goedkoopste"],
            "onbekende regel `goedkoopste`: zie `echt rules`",
            "unknown rule `goedkoopste`: see `echt rules`",
        ),
        (
            &["rules", "--category", "vaag"],
            "onbekende categorie `vaag`",
            "unknown category `vaag` (expected one of: superlative,",
        ),
        (
            &["eval", "kapot.txt"],
            "geen gouddocumenten gelezen",
            "no gold documents read: nothing to evaluate",
        ),
        (
            &["score", "--quiet", "weg.jsonl"],
            "weg.jsonl: bestand of map bestaat niet",
            "echt: error: weg.jsonl: file or folder does not exist",
        ),
    ];
    for (args, dutch, english) in cases {
        let (stderr, code) = nl(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(dutch), "{args:?}: {stderr}");
        let (stderr, code) = en(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(english), "{args:?}: {stderr}");
        assert!(!stderr.contains("fout"), "{args:?}: {stderr}");
    }

    // Configuration errors.
    std::fs::write(
        dir.path().join("echt.toml"),
        "fail-on = \"altijd\"\n[rules]\nbestaat-niet = false\n",
    )
    .unwrap();
    let (stderr, _) = en(&["check", "campagne/voorjaar/folder.txt"]);
    assert!(
        stderr.contains("echt.toml:1:11: unknown value `altijd` for fail-on"),
        "{stderr}"
    );
    let (stderr, _) = en(&["config"]);
    assert!(
        stderr.contains("echt.toml:1:11: unknown value `altijd` for fail-on"),
        "{stderr}"
    );
    std::fs::write(
        dir.path().join("echt.toml"),
        "[rules]\nbestaat-niet = false\n",
    )
    .unwrap();
    let (stderr, _) = en(&["check", "campagne/voorjaar/folder.txt"]);
    assert!(
        stderr.contains("echt.toml:2:1: unknown rule `bestaat-niet` (see `echt rules`)"),
        "{stderr}"
    );
    std::fs::remove_file(dir.path().join("echt.toml")).unwrap();

    // Error records in the output follow the language too.
    let corpus = dir.path().join("c.jsonl");
    std::fs::write(&corpus, "{kapot\n").unwrap();
    let (out, _) = stdout_of(
        echt()
            .args(["--lang", "en", "score", "--quiet"])
            .arg(&corpus),
    );
    assert!(out.contains("\"error\":\"not valid JSON: "), "{out}");
    let (out, _) = stdout_of(
        echt()
            .args(["--lang", "en", "stats", "--quiet"])
            .arg(&corpus),
    );
    assert!(
        out.contains("1 record could not be read (see the message above)"),
        "{out}"
    );
    let (out, _) = stdout_of(
        echt()
            .args(["--lang", "en", "check", "--format", "json", "weg.txt"])
            .current_dir(dir.path()),
    );
    assert!(
        out.contains("\"error\": \"file or folder does not exist\""),
        "{out}"
    );

    // A warning: a suppression that suppresses nothing.
    let md = dir.path().join("a.md");
    std::fs::write(&md, "<!-- echt-disable-next-line green -->\nNiets.\n").unwrap();
    let (stderr, code) = en(&["check", "--report-unused-suppressions", "a.md"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("a.md:1: suppression suppresses nothing: `echt-disable-next-line green"),
        "{stderr}"
    );
}

#[test]
fn completions_and_man_page_come_from_clap() {
    let (bash, code) = stdout_of(echt().args(["completions", "bash"]));
    assert_eq!(code, 0);
    assert!(bash.contains("echt") && bash.contains("explain"));
    let (man, code) = stdout_of(echt().arg("man"));
    assert_eq!(code, 0);
    assert!(man.contains(".TH echt"));
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("echt.toml"),
        r#"fail-on = "error"
lexicons = ["regels/merk.toml"]
allow = ["Het Goedkoopste Huis"]

[categories]
customer_centric = false

[rules]
quality-superlative = false
price-superlative = "warning"
"#,
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("regels")).unwrap();
    std::fs::write(
        dir.path().join("regels/merk.toml"),
        r#"category = "superlative"
[[rule]]
id = "brand-crunchiest"
severity = "error"
message = "Smaakclaim."
suggestion = "Laat klanten het zeggen."
explanation = "Niet te toetsen."
patterns = ["knapperigste"]
"#,
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("campagne/voorjaar")).unwrap();
    std::fs::write(
        dir.path().join("campagne/voorjaar/folder.txt"),
        "Welkom bij Het Goedkoopste Huis! Wij stellen de klant centraal.\nDe beste service. De goedkoopste stoel.\n",
    )
    .unwrap();
    dir
}

#[test]
fn project_configuration_is_found_walking_up_and_applied() {
    let dir = project();
    let file = dir.path().join("campagne/voorjaar/folder.txt");
    let (out, code) = stdout_of(echt().args(["check", "--format", "json"]).arg(&file));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = v["files"][0]["findings"].as_array().unwrap();
    let got: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["severity"].as_str().unwrap()))
        .collect();
    // The shop name is allowed, customer_centric and quality-superlative are
    // off, and price-superlative is lowered to a warning.
    assert_eq!(got, [("price-superlative", "warning")], "{out}");
    assert_eq!(code, 0, "fail-on = error in echt.toml");
    // --fail-on on the command line wins.
    echt()
        .args(["check", "--fail-on", "warning"])
        .arg(&file)
        .assert()
        .code(1);
    // Brand rules from the configured lexicon.
    std::fs::write(&file, "Het knapperigste brood.").unwrap();
    let (out, code) = stdout_of(echt().args(["check", "--format", "json"]).arg(&file));
    assert_eq!(code, 1);
    assert!(out.contains("brand-crunchiest"), "{out}");
    // --no-config ignores it all.
    let (out, _) = stdout_of(
        echt()
            .args(["check", "--no-config", "--format", "json"])
            .arg(&file),
    );
    assert!(!out.contains("brand-crunchiest"), "{out}");
}

#[test]
fn echt_config_prints_the_effective_configuration() {
    let dir = project();
    let (out, code) = stdout_of(
        echt()
            .arg("config")
            .arg(dir.path().join("campagne/voorjaar")),
    );
    assert_eq!(code, 0);
    assert!(out.contains("fail-on = \"error\""), "{out}");
    assert!(out.contains("customer_centric = false"), "{out}");
    assert!(out.contains("price-superlative = \"warning\""), "{out}");
    assert!(out.contains("Het Goedkoopste Huis"), "{out}");
}

#[test]
fn configuration_errors_name_file_and_line() {
    let dir = project();
    std::fs::write(
        dir.path().join("echt.toml"),
        "fail-on = \"error\"\n[rules]\nbestaat-niet = false\n",
    )
    .unwrap();
    let out = echt()
        .arg("check")
        .arg(dir.path().join("campagne/voorjaar/folder.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("echt.toml:3:1: onbekende regel `bestaat-niet`"),
        "{stderr}"
    );
    std::fs::write(dir.path().join("echt.toml"), "falen-op = \"error\"\n").unwrap();
    let out = echt().arg("config").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("echt.toml:1:1")
    );
}

#[test]
fn suppressions_in_text_and_markdown_comments() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("advertentie.md");
    std::fs::write(
        &md,
        "<!-- echt-disable-next-line price-superlative -->\nDe goedkoopste!\n\n<!-- echt-disable customer_centric -->\nDe klant centraal.\n<!-- echt-enable customer_centric -->\nDe klant is koning.\n<!-- echt-disable-next-line green -->\nNiets hier.\n",
    )
    .unwrap();
    let out = echt()
        .args(["check", "--format", "json", "--report-unused-suppressions"])
        .arg(&md)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["customer-is-king"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("advertentie.md:8: onderdrukking onderdrukt niets"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn markdown_and_html_are_read_as_prose_with_original_positions() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("mail.md");
    std::fs::write(
        &md,
        "---\ntitel: de goedkoopste\n---\n# Dé specialist\n\nLees [de beste gids](https://x.nl/de-beste) en `de goedkoopste()`.\n\n```\nde goedkoopste\n```\n",
    )
    .unwrap();
    let (out, _) = stdout_of(echt().args(["check", "--format", "json"]).arg(&md));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let f: Vec<(String, u64, u64)> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["text"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    // Front matter, the URL, inline code and the code block are skipped.
    assert_eq!(
        f,
        [
            ("Dé specialist".to_string(), 4, 3),
            ("beste".to_string(), 6, 10)
        ],
        "{out}"
    );

    let html = dir.path().join("mail.html");
    std::fs::write(
        &html,
        "<html><head><style>.beste{}</style></head><body>\n<p>Wij zijn de goedkoopste &amp; <b>klantvriendelijk</b>.</p>\n<img alt=\"De klant is koning\" src=\"x.png\">\n<script>var goedkoopste = 1;</script></body></html>\n",
    )
    .unwrap();
    let (out, _) = stdout_of(echt().args(["check", "--format", "json"]).arg(&html));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let texts: Vec<&str> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        ["goedkoopste", "klantvriendelijk", "klant is koning"],
        "{out}"
    );
    // The same file read as plain text sees the script and style too.
    let (out, _) = stdout_of(
        echt()
            .args(["check", "--format", "json", "--input-format", "text"])
            .arg(&html),
    );
    assert!(out.matches("\"rule\"").count() > 3, "{out}");
}

#[test]
fn long_lines_show_a_window_around_the_claim() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lang.txt");
    std::fs::write(
        &file,
        "Wij zijn de goedkoopste en het beste. ".repeat(5_000),
    )
    .unwrap();
    let (out, code) = stdout_of(echt().args(["check", "--no-config"]).arg(&file));
    assert_eq!(code, 1);
    let longest = out.lines().map(str::len).max().unwrap_or(0);
    assert!(
        longest < 400,
        "a source line of {longest} bytes was printed"
    );
    assert!(out.contains("…"), "the window is marked as cut");
}

#[test]
fn a_utf8_bom_does_not_break_jsonl_or_gold_files() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("bom.jsonl");
    std::fs::write(
        &corpus,
        "\u{feff}{\"text\": \"Wij zijn de goedkoopste.\"}\n",
    )
    .unwrap();
    let (out, code) = stdout_of(echt().args(["score", "--quiet"]).arg(&corpus));
    assert_eq!(code, 0, "{out}");
    assert!(
        out.lines().nth(1).unwrap().contains("\"superlative\":1"),
        "{out}"
    );
    let gold = dir.path().join("goud.jsonl");
    std::fs::write(
        &gold,
        "\u{feff}{\"text\":\"De goedkoopste.\",\"spans\":[{\"start\":3,\"end\":14,\"category\":\"superlative\"}]}\n",
    )
    .unwrap();
    let (out, code) = stdout_of(echt().args(["eval", "--format", "json"]).arg(&gold));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"documents\": 1"), "{out}");
}

#[test]
fn a_utf8_bom_is_no_column_in_text_markdown_or_html() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("a.txt", "Goedkoopste prijs! Wij zijn de goedkoopste.\n"),
        (
            "a.md",
            "---\ntitel: de beste\n---\n# De goedkoopste\n\nDe klant centraal.\n",
        ),
        ("a.html", "<p>Wij zijn <b>de goedkoopste</b>.</p>\n"),
    ];
    // (text, start, end, line, column, column_utf16) of each finding.
    let findings = |path: &Path| {
        let (out, _) = stdout_of(echt().args(["check", "--format", "json"]).arg(path));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let n = |k: &str| f[k].as_u64().unwrap();
                (
                    f["text"].as_str().unwrap().to_string(),
                    n("start"),
                    n("end"),
                    n("line"),
                    n("column"),
                    n("column_utf16"),
                )
            })
            .collect::<Vec<_>>()
    };
    let github = |path: &Path| {
        let (out, _) = stdout_of(echt().args(["check", "--format", "github"]).arg(path));
        out.lines()
            .map(|l| {
                let head = l.split(",title=").next().unwrap_or_default();
                head.split(',').skip(1).map(str::to_string).collect()
            })
            .collect::<Vec<Vec<String>>>()
    };
    for (name, text) in cases {
        let plain = dir.path().join(name);
        std::fs::write(&plain, text).unwrap();
        let marked = dir.path().join(format!("bom-{name}"));
        let content = format!("\u{feff}{text}");
        std::fs::write(&marked, &content).unwrap();
        let (without, with) = (findings(&plain), findings(&marked));
        assert!(!without.is_empty(), "{name}");
        assert_eq!(without.len(), with.len(), "{name}: {with:?}");
        for (p, m) in without.iter().zip(&with) {
            // Spans are byte offsets into the file, the mark included …
            assert_eq!((m.1, m.2), (p.1 + 3, p.2 + 3), "{name}");
            assert_eq!(&content[m.1 as usize..m.2 as usize], m.0, "{name}");
            // … lines and columns are what an editor shows.
            assert_eq!((&p.0, p.3, p.4, p.5), (&m.0, m.3, m.4, m.5), "{name}");
        }
        assert_eq!(github(&plain), github(&marked), "{name}");
    }
}

#[test]
fn nothing_to_do_is_an_error_not_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plaatje.bin"), [0u8, 1, 2]).unwrap();
    echt()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("geen bestanden gevonden"));
    let empty = dir.path().join("leeg.jsonl");
    std::fs::write(&empty, "").unwrap();
    echt()
        .arg("eval")
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("geen gouddocumenten"));
    echt()
        .args(["config", "/bestaat/niet/echt.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bestaat niet"));
}

#[test]
fn explain_markdown_for_one_rule_stops_at_the_next_heading() {
    let (out, code) =
        stdout_of(echt().args(["explain", "--format", "markdown", "intensified-compound"]));
    assert_eq!(code, 0);
    assert!(out.starts_with("### intensified-compound"), "{out}");
    assert!(!out.contains("\n## "), "{out}");
}

#[test]
fn broken_lexicon_errors_are_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("kapot.toml");
    std::fs::write(&lex, "category = \"superlative\"\n[[rule]]\nid = \"a\"\n").unwrap();
    let out = echt()
        .args(["check", "--lexicon"])
        .arg(&lex)
        .write_stdin("x")
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.matches("kapot.toml").count(), 1, "{stderr}");
}

#[test]
fn the_summary_mentions_unreadable_files() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kapot.txt");
    std::fs::write(&bad, b"De goed\xffkoopste").unwrap();
    let (out, code) = stdout_of(echt().arg("check").arg(&bad));
    assert_eq!(code, 2);
    assert!(out.contains("1 bestand kon niet gelezen worden"), "{out}");
}
