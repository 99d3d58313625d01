//! The window's lists under load, drawn for real under Xvfb (`make bench` runs it there):
//!
//! - a 5,000-message burst into one open conversation, all at once and in the batches the
//!   window receives core events in, against the per-message `ListBox` the window used before;
//! - 200 contacts in the sidebar, in no group and in 20 groups (a heading each);
//! - start-up of `otter-chat` to its mapped window.
//!
//! Times are wall-clock from the first line handed to the list until the frame that shows it
//! is painted and the main loop is idle again; CPU is the main thread's (GTK draws there with
//! the cairo renderer); memory is the process's proportional set size. Each case runs
//! [`RUNS`] times on a fresh window and the median is printed.
//!
//! The lists are the window's own (`src/messages.rs`, `src/contacts.rs`), fed synthetic lines:
//! this measures the GUI, not a server.

#![expect(
    dead_code,
    reason = "the window's modules are compiled here for the parts measured"
)]
#![cfg_attr(
    test,
    expect(
        unused_imports,
        reason = "the translation checks' test modules come along without their tests' users"
    )
)]
#![expect(clippy::print_stdout, reason = "the report is what a benchmark prints")]

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use relm4::gtk;
use relm4::gtk::glib;
use relm4::gtk::prelude::*;

#[path = "../src"]
mod gui {
    pub(crate) mod contacts;
    pub(crate) mod i18n;
    pub(crate) mod messages;
    pub(crate) mod nick_colour;
}

use gui::contacts::Contacts;
use gui::i18n;
use gui::messages::{MessageList, SCROLLBACK, Tone};
use gui::nick_colour;

const RUNS: usize = 7;
const BURST: usize = 5_000;
/// As `app.rs` batches core events.
const ARRIVAL_BATCH: usize = 512;
const CONTACTS: usize = 200;
/// Their groups, in the grouped case.
const CONTACT_GROUPS: usize = 20;
/// Beyond the scrollback: the cost should not grow with the burst.
const BIG_BURST: usize = 50_000;

/// Puts a case's widget in a window and returns the step that loads it (called until it
/// returns `false`, one main-loop turn apart).
type Fill = dyn Fn(&gtk::Window) -> Box<dyn FnMut() -> bool>;

/// One run's numbers.
#[derive(Clone, Copy, Default)]
struct Sample {
    /// Until the first frame painted after the change.
    first_frame: Duration,
    /// Until the main loop had nothing more to do.
    settled: Duration,
    /// Main-thread CPU time over `settled`.
    cpu: Duration,
    /// The longest single turn of the main loop (the longest the window could not react).
    longest_turn: Duration,
    /// Growth of the process's PSS, kB.
    pss_growth_kb: i64,
}

fn main() -> anyhow::Result<()> {
    // `cargo bench` passes `--bench`; filters and the like do not apply here.
    if std::env::var_os("DISPLAY").is_none() {
        anyhow::bail!("no X display: run `make bench` (it starts Xvfb)");
    }
    i18n::init(Some("en-US"));
    gtk::init()?;
    // `make bench` pins cairo, as the window tests do: under Xvfb GTK would pick GL on
    // llvmpipe, whose cost a real screen does not have.
    println!(
        "GSK_RENDERER={}; {RUNS} runs each; medians",
        std::env::var("GSK_RENDERER").unwrap_or_else(|_| "(GTK's choice)".into())
    );

    // `cargo bench -p otter-gui -- WORD` runs the cases whose name contains WORD.
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_default();
    let wanted = |name: &str| name.contains(&filter);
    let cases: [(String, &Fill); 6] = [
        (
            format!("burst {BURST} lines, one turn, ListView (window)"),
            &|window| burst_list_view(window, BURST),
        ),
        (
            format!("burst {BURST} lines, batches of {ARRIVAL_BATCH}, ListView (window)"),
            &|window| burst_list_view(window, ARRIVAL_BATCH),
        ),
        (
            format!(
                "burst {BIG_BURST} lines, one turn, ListView (window; keeps the last {SCROLLBACK})"
            ),
            &|window| burst_list_view_of(window, BIG_BURST, BIG_BURST),
        ),
        (
            format!("burst {BURST} lines, one turn, ListBox per message (before)"),
            &burst_list_box,
        ),
        (format!("{CONTACTS} contacts in the sidebar"), &contacts),
        (
            format!("{CONTACTS} contacts in the sidebar, in {CONTACT_GROUPS} groups"),
            &|window| contacts_in_groups(window, CONTACT_GROUPS),
        ),
    ];
    for (name, fill) in cases {
        if wanted(&name) {
            report(&name, &measure(fill));
        }
    }
    if wanted("start-up")
        && let Some(startup) = startup()?
    {
        println!("start-up to mapped window (otter-chat, fresh profile): median {startup:?}");
    }
    Ok(())
}

fn report(name: &str, samples: &[Sample]) {
    let median = |f: &dyn Fn(&Sample) -> f64| {
        let mut values: Vec<f64> = samples.iter().map(f).collect();
        values.sort_by(f64::total_cmp);
        values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
    };
    println!(
        "{name}: first frame {:.1} ms, settled {:.1} ms, CPU {:.1} ms, longest main-loop turn {:.1} ms, PSS growth (largest run) {:.1} MB",
        median(&|s| s.first_frame.as_secs_f64() * 1e3),
        median(&|s| s.settled.as_secs_f64() * 1e3),
        median(&|s| s.cpu.as_secs_f64() * 1e3),
        median(&|s| s.longest_turn.as_secs_f64() * 1e3),
        samples.iter().map(|s| s.pss_growth_kb).max().unwrap_or(0) as f64 / 1024.0,
    );
}

/// A fresh 960x640 window per run, filled by `fill`.
fn measure(fill: &Fill) -> Vec<Sample> {
    (0..RUNS)
        .map(|_| {
            let window = gtk::Window::new();
            window.set_default_size(960, 640);
            let mut step = fill(&window);
            window.present();
            settle();
            let painted = Rc::new(Cell::new(false));
            let frame = window.frame_clock().map(|clock| {
                let painted = painted.clone();
                clock.connect_after_paint(move |_| painted.set(true))
            });
            painted.set(false);
            let pss = pss_kb();
            let cpu = thread_cpu();
            let start = Instant::now();
            let mut first_frame = None;
            let mut longest_turn = Duration::ZERO;
            let context = glib::MainContext::default();
            let mut loading = true;
            while (loading || context.pending() || first_frame.is_none())
                && start.elapsed() < Duration::from_secs(60)
            {
                let turn = Instant::now();
                if loading {
                    loading = step();
                }
                context.iteration(!loading && first_frame.is_none() && !context.pending());
                longest_turn = longest_turn.max(turn.elapsed());
                if first_frame.is_none() && painted.get() && !loading {
                    first_frame = Some(start.elapsed());
                }
            }
            let settled = start.elapsed();
            let sample = Sample {
                first_frame: first_frame.unwrap_or(settled),
                settled,
                cpu: thread_cpu().saturating_sub(cpu),
                longest_turn,
                pss_growth_kb: pss_kb() - pss,
            };
            if let (Some(clock), Some(frame)) = (window.frame_clock(), frame) {
                clock.disconnect(frame);
            }
            window.destroy();
            settle();
            sample
        })
        .collect()
}

fn settle() {
    let context = glib::MainContext::default();
    let until = Instant::now() + Duration::from_millis(300);
    while Instant::now() < until {
        while context.pending() {
            context.iteration(false);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn line(n: usize) -> String {
    format!(
        "\u{2068}bot@otter.test\u{2069}: message {n} of the burst, long enough to wrap a little on a narrow window"
    )
}

fn burst_list_view(window: &gtk::Window, per_turn: usize) -> Box<dyn FnMut() -> bool> {
    burst_list_view_of(window, BURST, per_turn)
}

fn burst_list_view_of(
    window: &gtk::Window,
    lines: usize,
    per_turn: usize,
) -> Box<dyn FnMut() -> bool> {
    let list = MessageList::new(Rc::new(|_| {}));
    window.set_child(Some(list.widget()));
    let mut sent = 0;
    Box::new(move || {
        let until = (sent + per_turn).min(lines);
        for n in sent..until {
            list.push(line(n), Tone::Normal, None);
        }
        sent = until;
        sent < lines
    })
}

fn burst_list_box(window: &gtk::Window) -> Box<dyn FnMut() -> bool> {
    let list = gtk::ListBox::new();
    let scroll = gtk::ScrolledWindow::new();
    scroll.set_child(Some(&list));
    window.set_child(Some(&scroll));
    Box::new(move || {
        for n in 0..BURST {
            let label = gtk::Label::new(Some(&line(n)));
            label.set_wrap(true);
            label.set_xalign(0.0);
            list.append(&label);
        }
        false
    })
}

fn contacts(window: &gtk::Window) -> Box<dyn FnMut() -> bool> {
    contacts_in_groups(window, 0)
}

/// As [`contacts`], with the contacts spread over `groups` contact-list groups (each also in
/// a second group, as some people file them), so each needs its heading found or made.
fn contacts_in_groups(window: &gtk::Window, groups: usize) -> Box<dyn FnMut() -> bool> {
    let scroll = gtk::ScrolledWindow::new();
    window.set_child(Some(&scroll));
    Box::new(move || {
        let mut contacts = Contacts::new();
        for n in 0..CONTACTS {
            let listed = if groups == 0 {
                Vec::new()
            } else {
                vec![
                    format!("Group {}", n % groups),
                    format!("Group {}", (n + 1) % groups),
                ]
            };
            contacts.add(
                otter_core::types::AccountId(1),
                format!("contact{n}@otter.test"),
                Some(format!("Contact {n}")),
                Some(listed),
                || {},
            );
        }
        // Some unread, as after a while offline.
        for n in (0..CONTACTS).step_by(10) {
            contacts.add_unread(
                otter_core::types::AccountId(1),
                &format!("contact{n}@otter.test"),
            );
        }
        scroll.set_child(Some(contacts.widget()));
        false
    })
}

/// Exec of `otter-chat` on a fresh profile (no Tor: nothing connects) to its window mapped,
/// polled with `xwininfo`.
fn startup() -> anyhow::Result<Option<Duration>> {
    if !std::path::Path::new("/usr/bin/xwininfo").exists() {
        println!("start-up not measured: xwininfo (x11-utils) is missing");
        return Ok(None);
    }
    let mut samples = Vec::new();
    for _ in 0..RUNS {
        let profile = tempfile::tempdir()?;
        let start = Instant::now();
        let mut app = std::process::Command::new(env!("CARGO_BIN_EXE_otter-chat"))
            .args(["--proxy", "127.0.0.1:9", "--lang", "en-US", "--profile"])
            .arg(profile.path().join("otter-chat"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()?;
        let mut mapped = None;
        while start.elapsed() < Duration::from_secs(20) {
            if main_window_viewable()? {
                mapped = Some(start.elapsed());
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let _ = app.kill();
        let _ = app.wait();
        samples.extend(mapped);
    }
    samples.sort();
    Ok(samples.get(samples.len() / 2).copied())
}

/// Whether the 960x640 window called "Otter" is mapped (GTK also makes a 1x1 leader window of
/// the same name, never shown).
fn main_window_viewable() -> anyhow::Result<bool> {
    let tree = std::process::Command::new("/usr/bin/xwininfo")
        .args(["-root", "-tree"])
        .output()?;
    let tree = String::from_utf8_lossy(&tree.stdout);
    let Some(id) = tree
        .lines()
        .find(|l| l.contains("\"Otter\"") && l.contains(" 960x640"))
        .and_then(|l| l.split_whitespace().next())
    else {
        return Ok(false);
    };
    let window = std::process::Command::new("/usr/bin/xwininfo")
        .args(["-id", id])
        .output()?;
    Ok(String::from_utf8_lossy(&window.stdout).contains("IsViewable"))
}

/// The process's proportional set size, kB (0 when unreadable).
fn pss_kb() -> i64 {
    std::fs::read_to_string("/proc/self/smaps_rollup")
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// CPU time of the calling thread so far.
fn thread_cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|text| text.split_whitespace().next()?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}
