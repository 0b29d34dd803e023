//! `logveil login --oidc`: single sign-on through the gateway's identity provider.
//!
//! The session token never travels in a URL. The CLI listens on 127.0.0.1, sends the browser to
//! the gateway with the port and the S256 challenge of a verifier only it knows; after the
//! provider sign-in the gateway redirects the browser back here with a one-time code, and the
//! CLI trades code and verifier for the token. Another program on this machine that catches
//! the code still lacks the verifier.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{bail, Context};

use crate::client::{Client, ServerArgs};

/// How long to wait for the browser.
const WAIT: Duration = Duration::from_secs(5 * 60);

/// Runs the browser sign-in; answers the server's `{token, user, expires_at}`.
pub fn sign_in(server: &ServerArgs, open_browser: bool) -> anyhow::Result<serde_json::Value> {
    let listener =
        TcpListener::bind("127.0.0.1:0").context("listening on 127.0.0.1 for the browser")?;
    let port = listener.local_addr()?.port();
    let mut raw = [0u8; 32];
    getrandom::getrandom(&mut raw).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let verifier: String = raw.iter().map(|b| format!("{b:02x}")).collect();
    let challenge = logveil_server::oidc::s256(&verifier);
    let url = format!(
        "{}/auth/oidc/login?cli_port={port}&cli_challenge={challenge}",
        server.server.trim_end_matches('/')
    );
    eprintln!("Open this address in a browser to sign in:\n\n  {url}\n");
    if open_browser {
        // Best effort: without a desktop the printed address is enough.
        let _ = std::process::Command::new("xdg-open")
            .arg(&url)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if let Some(code) = answer(stream) {
                let _ = tx.send(code);
                return;
            }
        }
    });
    let code = rx
        .recv_timeout(WAIT)
        .context("no sign-in arrived from the browser within 5 minutes")?;
    let resp = Client::anonymous(server).post_json_anonymous(
        "/api/v1/oidc/token",
        &serde_json::json!({"code": code, "verifier": verifier}),
    )?;
    if resp["token"].as_str().is_none() {
        bail!("the server returned no token");
    }
    Ok(resp)
}

/// Reads one browser request; the one-time code if it is the gateway's redirect.
fn answer(mut stream: TcpStream) -> Option<String> {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut line = String::new();
    BufReader::new(&stream).read_line(&mut line).ok()?;
    let target = line.split(' ').nth(1).unwrap_or("");
    let code = target
        .strip_prefix("/callback?")
        .into_iter()
        .flat_map(|q| q.split('&'))
        .find_map(|kv| kv.strip_prefix("code="))
        .filter(|c| {
            !c.is_empty()
                && c.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(str::to_owned);
    let (status, text) = match code {
        Some(_) => (
            "200 OK",
            "Signed in to logveil. You can close this tab and return to the terminal.",
        ),
        None => ("404 Not Found", "Not the logveil sign-in."),
    };
    let body = format!(
        "<!doctype html>\n<meta charset=\"utf-8\">\n<title>logveil</title>\n<p>{text}</p>\n"
    );
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    code
}
