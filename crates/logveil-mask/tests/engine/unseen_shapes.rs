//! Shapes whose meaning their issuer documents, wherever the line puts them: Windows logon
//! names, one-time secrets in links, OAuth codes, ids of people by their prefix (issue 12,
//! fourth session). Every value is made up.

use crate::{left_alone, masked_as};

#[test]
fn windows_down_level_logon_names_mask_the_account_not_the_domain() {
    // IIS W3C `cs-username`, SQL Server's login failures, key=value, JSON's escaped backslash.
    let iis = r"2025-03-19 18:22:25 10.0.0.5 GET /search - 443 CONTOSO\thimai.pham 192.0.2.20 Go-http-client/1.1 - 304 0 0 3301";
    masked_as(iis, "thimai.pham", "username");
    masked_as(
        r"Login failed for user 'CORP\jsmith'. Reason: Password did not match",
        "jsmith",
        "username",
    );
    masked_as(
        r"user=FABRIKAM\harper24 action=logon",
        "harper24",
        "username",
    );
    masked_as(
        r#"{"user":"CORP\\jsmith","event":4624}"#,
        "jsmith",
        "username",
    );
}

#[test]
fn windows_own_principals_and_paths_are_not_logons() {
    left_alone(r"NT AUTHORITY\SYSTEM logged on; NT SERVICE\MSSQLSERVER started");
    left_alone(r"member of BUILTIN\Administrators; pool IIS APPPOOL\DefaultAppPool recycled");
    left_alone(r"machine account CONTOSO\WEB01$ renewed its ticket");
    left_alone(r"copied C:\Users\Public to D:\Logs\app and \\FILESRV\share");
    left_alone(r#"{"level":"error","msg":"ERROR\nat Foo.bar"}"#);
}

#[test]
fn one_time_secrets_in_link_paths_are_masked() {
    masked_as(
        "PUT /password/reset/N7xdlql9oYDKYPSiEi2Run4EgZuOX_Pz HTTP/1.1",
        "N7xdlql9oYDKYPSiEi2Run4EgZuOX_Pz",
        "secret",
    );
    masked_as(
        "GET /verify-email/7yx0tCKOtpAhu6dd6CvQzxHjTdIS2yT7 200",
        "7yx0tCKOtpAhu6dd6CvQzxHjTdIS2yT7",
        "secret",
    );
    masked_as(
        "GET /invitations/3c2f1a9e-4b7d-4c1e-9a2b-8f6d5e4c3b2a/accept",
        "3c2f1a9e-4b7d-4c1e-9a2b-8f6d5e4c3b2a",
        "secret",
    );
    // The page, not a token.
    left_alone("GET /verify/email 200");
    left_alone("GET /password/reset/confirm 302");
}

#[test]
fn oauth_authorization_codes_are_secrets_and_other_codes_are_not() {
    masked_as(
        "POST /auth/callback code=IyRvY3372cPZ2xA0f7JlpEis8EffsUQQZ-1XYuNp&state=8556bbbeecb5",
        "IyRvY3372cPZ2xA0f7JlpEis8EffsUQQZ-1XYuNp",
        "secret",
    );
    masked_as(
        "GET /oauth2/callback?code=4/0AeaYSHBx7Kq2Ln9wXh3pZt&scope=email",
        "4/0AeaYSHBx7Kq2Ln9wXh3pZt",
        "secret",
    );
    left_alone("GET /login?error=access_denied&code=403");
    left_alone("upstream failed code=ERR_UPSTREAM_TIMEOUT_504");
    left_alone("GET /Observation?code=http://loinc.org|8867-4&_count=10");
    left_alone(r#"{"code":"MR","display":"Medical record number"}"#);
}

#[test]
fn ids_of_people_known_by_their_issuers_prefix() {
    // Salesforce: `005` User, `003` Contact, `00Q` Lead, in 15 and 18 characters.
    masked_as(
        r#""Login","20250318003456.519","00D5f000000TR5I","0055fRPL6bgJ5pu","97""#,
        "0055fRPL6bgJ5pu",
        "user_id",
    );
    masked_as(
        "ContactId=0035f00000KzXb2AAF updated",
        "0035f00000KzXb2AAF",
        "user_id",
    );
    // Okta user ids: `00u` and 17 more.
    masked_as(
        "actor 00uRVQBMBpRGLpWkt0CX signed in",
        "00uRVQBMBpRGLpWkt0CX",
        "user_id",
    );
    // The organisation (`00D`) and accounts (`001`) are not people.
    left_alone("org 00D5f000000TR5I opportunity 0015f00000AbCdE");
    masked_as(
        r#"{"actor":{"email":"a@example.com","profileId":"165939028242630014354"}}"#,
        "165939028242630014354",
        "user_id",
    );
}
