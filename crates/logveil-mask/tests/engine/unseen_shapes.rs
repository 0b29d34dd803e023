//! Shapes whose meaning their issuer documents, wherever the line puts them: Windows logon
//! names, one-time secrets in links, OAuth codes, ids of people by their prefix (issue 12,
//! fourth session). Every value is made up.

use crate::{engine, left_alone, masked_as};

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

#[test]
fn ncpdp_claim_fields_by_their_id() {
    let claim = "REQ 003858D0B1MEDDADV   1011617468838     20261230SW64425351\u{1e}\u{1c}AM04\u{1c}C2P0Y54PVGXSX\u{1c}CCBRIANNA\u{1c}CDRICH\u{1e}\u{1c}AM01\u{1c}C419970811\u{1c}CABRIANNA\u{1c}CBRICH\u{1c}CM7339 S PRAIRIE VIEW ST\u{1c}CNASHEVILLE\u{1c}CQ5805058660\u{1d}\u{1e}\u{1c}AM03\u{1c}DB1080544538\u{1c}DRBROOKS";
    masked_as(claim, "P0Y54PVGXSX", "user_id");
    masked_as(claim, "BRIANNA", "person");
    masked_as(claim, "RICH", "person");
    masked_as(claim, "19970811", "date_of_birth");
    masked_as(claim, "7339 S PRAIRIE VIEW ST", "address");
    masked_as(claim, "5805058660", "phone");
    masked_as(claim, "BROOKS", "person");
    left_alone("RSP D0B11A011877833459     20261224\u{1e}\u{1c}AM21\u{1c}ANP\u{1c}F3413769883189");
}

#[test]
fn jcard_properties_by_name_and_component() {
    let card = r#"["vcard",[["version",{},"text","4.0"],["fn",{},"text","Serena Lombardi"],["n",{},"text",["Lombardi","Serena","","",""]],["adr",{"label":"Feldstraße 108\n8010 Graz"},"text",["","","Feldstraße 108","Graz","","8010","AT"]],["tel",{"type":["voice"]},"uri","tel:+43664123456"],["bday",{},"date-and-or-time","19670905"]]]"#;
    masked_as(card, "Serena Lombardi", "person");
    let found = crate::found(&engine(), card);
    for part in ["Lombardi", "Serena"] {
        assert!(
            found.contains(&("person".into(), part.into())),
            "{part}: {found:?}"
        );
    }
    masked_as(card, "Feldstraße 108\\n8010 Graz", "address");
    masked_as(card, "+43664123456", "phone");
    masked_as(card, "19670905", "date_of_birth");
    // RDAP's redactions are no one's.
    left_alone(r#"[["fn",{},"text","REDACTED FOR PRIVACY"],["kind",{},"text","individual"]]"#);
}

#[test]
fn edifact_passenger_lists_by_segment_and_position() {
    let paxlst = "UNH+PAX113+PAXLST:D:05B:UN:IATA'NAD+FL+++GILL:SNEHA+H.NO. 12-337, INDIRANAGAR+BENGALURU++560038+IN'ATT+2++F'DTM+329:601006'LOC+22+JFK'DOC+P:110:111+PG0X67YNG'COM+0060141048460:TE'";
    masked_as(paxlst, "GILL", "person");
    masked_as(paxlst, "SNEHA", "person");
    masked_as(paxlst, "H.NO. 12-337, INDIRANAGAR", "address");
    masked_as(paxlst, "601006", "date_of_birth");
    masked_as(paxlst, "PG0X67YNG", "national_id");
    masked_as(paxlst, "0060141048460", "phone");
    // A flight's date, a company buyer: not people.
    left_alone("DTM+189:2611270854:201'NAD+BY+5412345000013::9'");
}

#[test]
fn nacha_entry_detail_records_by_column() {
    let entry = "63709462041256733435541      0000546380513213267      HARDY TANNER            0521325390453885";
    masked_as(entry, "56733435541", "bank_account");
    masked_as(entry, "513213267", "user_id");
    masked_as(entry, "HARDY TANNER", "person");
    // A routing number that fails its check is not an entry.
    left_alone("63709462051256733435541      0000546380513213267      ABCD EFGH               0521325390453885");
}

#[test]
fn national_id_words_in_many_languages_announce_a_number() {
    masked_as(
        "CPR-nr. 140583-0651 er bekræftet.",
        "140583-0651",
        "national_id",
    );
    masked_as(
        "Kundens CPR-nummer er 1206640967, tjek venligst.",
        "1206640967",
        "national_id",
    );
    masked_as(
        "رقم الهوية 28312248860523 مسجل",
        "28312248860523",
        "national_id",
    );
    masked_as("kennitala 120389-2349", "120389-2349", "national_id");
    masked_as("ЕГН 7501020018", "7501020018", "national_id");
    left_alone("Order ID number 123456789 shipped");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Whatever letters a name holds, the positional readers mask exactly the field or
    /// component the syntax bounds: no byte of the separators, no byte of the neighbours.
    #[test]
    fn positional_values_take_the_extent_of_their_field(
        family in "[A-Z][A-Za-z '.-]{0,18}[A-Za-z]",
        given in "[A-Z][a-z]{1,12}",
    ) {
        // EDIFACT releases its separators with `?`: the released name is the field.
        let released = family.replace('\'', "?'");
        // Each line is a prefix, the value, and what follows it.
        let cases = [
            ("\u{1c}AM01\u{1c}CB".to_string(), family.clone(), "\u{1c}CNASHEVILLE".to_string()),
            ("NAD+FL+++".to_string(), released.clone(), format!(":{given}+1 MAIN ST+X'")),
            (r#"[["n",{},"text",[""#.to_string(), family.clone(), format!(r#"","{given}","",""]]]"#)),
        ];
        for (prefix, value, rest) in cases {
            let line = format!("{prefix}{value}{rest}");
            let start = prefix.len();
            let spans = engine().detect(line.as_bytes());
            proptest::prop_assert!(
                spans.iter().any(|s| s.start == start && s.end == start + value.len()),
                "{value:?} in {line:?}: {spans:?}"
            );
        }
    }
}

#[test]
fn mt940_counterparties_in_field_86() {
    let structured = ":86:/EREF/NOTPROVIDED//CNTP/NL36ABNA4332100131/ABNANL2A/J. MORGENSTERN/AMSTERDAM//REMI/USTD//Huur december/";
    masked_as(structured, "J. MORGENSTERN", "person");
    masked_as(structured, "NL36ABNA4332100131", "iban");
    let dfue = ":86:166?00SEPA-LASTSCHRIFT?20EREF+0927538528?30GENODEF1S04?31DE89370400440532013000?32VAN DIJK, IRIS?34966";
    masked_as(dfue, "VAN DIJK, IRIS", "person");
    masked_as(dfue, "DE89370400440532013000", "iban");
    // A query string's `?32…` is no statement.
    left_alone("GET /img?32x32 200");
}

#[test]
fn dates_of_birth_with_month_names_of_more_languages() {
    masked_as(
        "Pelanggan Encik Syafiq bin Razak (lahir pada 21 Mac 1974) meminta",
        "21 Mac 1974",
        "date_of_birth",
    );
    masked_as(
        "Mteja Bw. Baraka Njoroge (tarehe ya kuzaliwa 20 Aprili 1959) anaomba",
        "20 Aprili 1959",
        "date_of_birth",
    );
    masked_as(
        "Клиентката Цвета Маринова (родена на 9 май 1977 г.) моли",
        "9 май 1977",
        "date_of_birth",
    );
    masked_as(
        "Klientas Rimantas Jankauskas (gimęs 1993 m. birželio 25 d.) prašo",
        "1993 m. birželio 25",
        "date_of_birth",
    );
    masked_as(
        "Viðskiptavinurinn Hrafn Kristjánsson (fæddur 12. júní 2002) óskar",
        "12. júní 2002",
        "date_of_birth",
    );
    // An event of this year, or a year alone, is no birth date.
    left_alone("the release of 12 March 2024 went out; in 1999 March was cold");
}

#[test]
fn greetings_and_people_nouns_of_more_languages_announce_names() {
    masked_as(
        "Hai Zulkifli, kod pengesahan telah dihantar.",
        "Zulkifli",
        "person",
    );
    masked_as(
        "Mteja Rehema Njoroge anaomba apigiwe simu.",
        "Rehema Njoroge",
        "person",
    );
    masked_as(
        "بازپرداخت به نام ستاره صادقی انجام شد.",
        "ستاره صادقی",
        "person",
    );
    // A name in a script without capitals ends after three words, not at the sentence's end.
    let line = "بازپرداخت به نام ستاره صادقی انجام شد.";
    let found = crate::found(&engine(), line);
    assert!(found.iter().all(|(_, v)| !v.contains("شد")), "{found:?}");
    left_alone("sila masukkan nama pengguna anda");
}

#[test]
fn national_ibans_outside_the_registry_pass_mod_97() {
    masked_as(
        "شماره شبا IR530123171012413939127143 ثبت شد",
        "IR530123171012413939127143",
        "iban",
    );
    // One digit changed: the check fails.
    left_alone("ref IR530123171012413939127144 ok");
}

#[test]
fn presigned_url_signatures_are_secrets_and_header_signatures_are_not() {
    masked_as(
        "GET /x.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=721a3663f5b8e5928a2555dc56b0aec844c2d6c4 HTTP/1.1",
        "721a3663f5b8e5928a2555dc56b0aec844c2d6c4",
        "secret",
    );
    masked_as(
        "https://acct.blob.core.windows.net/c/b.pdf?sp=r&sv=2022-11-02&sr=b&sig=WD%2B5295aXBPmat2PPz8wRY%3D",
        "WD%2B5295aXBPmat2PPz8wRY%3D",
        "secret",
    );
    masked_as(
        "GET /x.pdf?Expires=1700000000&Signature=nZcyXYj2DJlIREChvljr1c2F3Yz5fV&Key-Pair-Id=K2J",
        "nZcyXYj2DJlIREChvljr1c2F3Yz5fV",
        "secret",
    );
    left_alone("Authorization: AWS4-HMAC-SHA256 SignedHeaders=host;range, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024");
}

#[test]
fn client_credentials_in_config_files() {
    masked_as(
        r#"{"auths": {"registry.example": {"auth": "bW1haG11ZDpDYWZlzIEjNDI="}}}"#,
        "bW1haG11ZDpDYWZlzIEjNDI=",
        "secret",
    );
    masked_as(
        "    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQohxRcrTrVQaUK0nV0X",
        "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQohxRcrTrVQaUK0nV0X",
        "secret",
    );
    masked_as(
        "DD-APPLICATION-KEY: b6dbf2f2190ca9b2f58bb3f0056117553692863d",
        "b6dbf2f2190ca9b2f58bb3f0056117553692863d",
        "secret",
    );
    left_alone(r#"{"auth":"none","method":"GET"}"#);
    // Django's reset link: the user's id in base64, then the token.
    masked_as(
        "GET /reset/Nzg4ODY/t8ep09-1410f6899c1cf1de687a4df2b10fdaf8/ HTTP/2.0",
        "1410f6899c1cf1de687a4df2b10fdaf8",
        "secret",
    );
}

#[test]
fn a_login_after_the_word_user_by_its_shape_or_what_follows() {
    masked_as(
        "auth.ldap: user magdalena.holzer not found in group search base",
        "magdalena.holzer",
        "username",
    );
    masked_as("user jsmith1 logged in from the VPN", "jsmith1", "username");
    left_alone("the user agent string changed; user v2.1 enabled; user config.json loaded");
}

#[test]
fn password_words_of_more_languages_past_their_fillers() {
    masked_as(
        "رمز عبور موقت شما Kata-laluan9 است؛ لطفاً",
        "Kata-laluan9",
        "password",
    );
    masked_as(
        "আপনার অস্থায়ী পাসওয়ার্ড gDG:G+h>uc=}D — লগইনের পর",
        "gDG:G+h>uc=}D",
        "password",
    );
    masked_as(
        "Kata laluan sementara anda ialah uA},jyQOTaB - sila tukar",
        "uA},jyQOTaB",
        "password",
    );
    masked_as(
        "Nenosiri lako la muda ni Sommerferie(26) - tafadhali",
        "Sommerferie(26)",
        "password",
    );
    masked_as(
        "Временната ви парола е Novembre2026! – сменете",
        "Novembre2026!",
        "password",
    );
    masked_as(
        "Tímabundið lykilorð þitt er Winter#Is#Coming – breyttu",
        "Winter#Is#Coming",
        "password",
    );
    // `laluan` alone is a path; a policy is no password.
    left_alone("the password policy requires 12 characters; laluan utama ditutup");
}

#[test]
fn a_number_under_a_persons_key_is_their_id() {
    masked_as(
        r#"msg="card declined" customer=842332 name="Kang Seo-yeon""#,
        "842332",
        "user_id",
    );
    masked_as(
        r#"{"attributes":[{"key":"enduser.id","value":{"stringValue":"2922826"}}]}"#,
        "2922826",
        "user_id",
    );
    masked_as("     -> enduser.id: Str(385939)", "385939", "user_id");
    masked_as(r#"{"$distinct_id":"495808"}"#, "495808", "user_id");
    masked_as(
        "ERROR failed to persist user { id: 201988 email: \"x@example.net\" }",
        "201988",
        "user_id",
    );
    // A phone under a person's key stays a phone; uid 0 and GraphQL variables are no one's.
    masked_as(
        "otp sent recipient=07700 900356 ttl=300s",
        "07700 900356",
        "phone",
    );
    left_alone("user=0 logged out");
    left_alone("query Q($email: String!) { viewer }");
}

#[test]
fn an_address_after_a_label_that_names_it_in_many_languages() {
    masked_as(
        "Naujas pristatymo adresas: Gedimino pr. 169-40, LT-44240 Kaunas.",
        "Gedimino pr. 169-40, LT-44240 Kaunas",
        "address",
    );
    masked_as(
        "Нов адрес за доставка: ул. „Витоша“ 129, ет. 8, ап. 38, 8000 Бургас.",
        "ул. „Витоша“ 129, ет. 8, ап. 38, 8000 Бургас",
        "address",
    );
    masked_as(
        "নতুন ডেলিভারি ঠিকানা: বাড়ি ৩৫, রোড ২, উত্তরা সেক্টর ৭, চট্টগ্রাম-৪০০০।",
        "বাড়ি ৩৫, রোড ২, উত্তরা সেক্টর ৭, চট্টগ্রাম-৪০০০",
        "address",
    );
    masked_as(
        "Alamat penghantaran baharu: No. 32, Jalan Kenari 5, 55100 Kuala Lumpur.",
        "No. 32, Jalan Kenari 5, 55100 Kuala Lumpur",
        "address",
    );
    // A network's address is not a street.
    left_alone("listening on address: 0.0.0.0:8080 (http)");
    masked_as("remote address: 10.0.0.1 port 22", "10.0.0.1", "ipv4");
}

#[test]
fn machine_readable_zones_of_travel_documents() {
    // ICAO 9303's specimen passport (TD3), as a document reader logs it.
    let td3 = r#"scan ok type=TD3 mrz="P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<|L898902C36UTO7408122F1204159ZE184226B<<<<<10" checks=ok"#;
    masked_as(td3, "ERIKSSON", "person");
    masked_as(td3, "ANNA<MARIA", "person");
    masked_as(td3, "L898902C3", "national_id");
    masked_as(td3, "740812", "date_of_birth");
    masked_as(td3, "ZE184226B", "national_id");
    // A run of the right length whose check digits fail is not a data line.
    left_alone("L898902C37UTO7408125F1204159ZE184226B<<<<<10");
}

#[test]
fn airline_boarding_passes_and_reservations_by_position() {
    let bcbp = "PDF417 M1AKINDELE/BOLANLE MRSEODWTMM BEGZRHJU 5211 326J007D0025 03F>70B1OK";
    masked_as(bcbp, "AKINDELE", "person");
    masked_as(bcbp, "BOLANLE", "person");
    masked_as(
        "  1.SOSA/GONZALO MR   2.CHEVALIER/HONORE MR",
        "CHEVALIER",
        "person",
    );
    masked_as(" 1.1ADEYEMI/ADEWALE MR", "ADEWALE", "person");
    let docs = "  7 SSR DOCS SK HK1 P/SRB/SA2257203/SRB/07FEB54/F/12DEC31/OBRADOVIC/MILICA/P1";
    masked_as(docs, "SA2257203", "national_id");
    masked_as(docs, "07FEB54", "date_of_birth");
    masked_as(docs, "OBRADOVIC", "person");
    masked_as(docs, "MILICA", "person");
    left_alone("  2 SK 4417 Y 12DEC 4 OSLBEG HK1  0730 1005  12DEC  E  SK/X7Q2LM");
}

#[test]
fn national_id_words_of_more_languages_and_identity_document_keys() {
    masked_as(
        "شناختی کارڈ نمبر 61101-9248592-4 کی تصدیق",
        "61101-9248592-4",
        "national_id",
    );
    masked_as(
        "ЖСН 030216523626 Асқар Омаров үшін расталды.",
        "030216523626",
        "national_id",
    );
    masked_as(
        "ID-nommer 9907129092083 is bevestig vir mnr. Riaan Nel.",
        "9907129092083",
        "national_id",
    );
    masked_as(
        r#"{"national_identification_number":"06026708891","x":1}"#,
        "06026708891",
        "national_id",
    );
    masked_as(
        r#"{"elementIdentifier": "document_number", "elementValue": "IJPFFVQLAJ"}"#,
        "IJPFFVQLAJ",
        "national_id",
    );
    // `ID` alone announces nothing: order and trace ids are ids too.
    left_alone("request ID 88213412 finished in 12 ms");
}

#[test]
fn greetings_titles_and_name_words_of_scripts_without_capitals() {
    masked_as("வணக்கம் கார்த்திகேயன்! சரிபார்ப்புக் குறியீட்டை", "கார்த்திகேயன்", "person");
    masked_as(
        "கணக்கு எண்: 44287051774 (IFSC CNRB058724), பெயர்: வெண்ணிலா வேலுசாமி.",
        "வெண்ணிலா வேலுசாமி",
        "person",
    );
    masked_as(
        "ID-nommer 9907129092083 is bevestig vir mnr. Riaan Nel.",
        "Riaan Nel",
        "person",
    );
}

#[test]
fn ids_after_their_owners_noun_or_type_prefix() {
    masked_as(
        "Card rejected by issuer for customer 538970",
        "538970",
        "user_id",
    );
    masked_as(
        "ExecuteStatement Statement=SELECT * FROM \"Customers\" WHERE pk = 'CUSTOMER#1660789'",
        "1660789",
        "user_id",
    );
    // Android's app sandboxes, a language's name and an issue are no one's.
    left_alone("START u0 {act=android.intent.action.MAIN} from uid 10057 on display 0");
    left_alone("C# and F# code; ISSUE#42");
}

#[test]
fn the_id_of_a_statement_on_a_table_of_people_is_a_user_id() {
    masked_as(
        r#"{"db_query":"UPDATE customers SET phone = '06-72311979' WHERE id = 5133928"}"#,
        "5133928",
        "user_id",
    );
    masked_as(
        "SELECT * FROM public.users WHERE id = 42199",
        "42199",
        "user_id",
    );
    left_alone("DELETE FROM orders WHERE id = 5313759");
}

#[test]
fn account_words_of_more_languages_and_initials_of_scripts_without_capitals() {
    let tamil = "பணம் திருப்பி அனுப்பப்படும் கணக்கு எண்: 220538333998 (IFSC IOBA042890), பெயர்: கி. இளங்கோ.";
    masked_as(tamil, "220538333998", "bank_account");
    masked_as(tamil, "கி. இளங்கோ", "person");
    masked_as(
        "ገንዘቡ ወደ ሂሳብ ቁጥር 1000105869112 ተመላሽ ይደረጋል።",
        "1000105869112",
        "bank_account",
    );
    masked_as(
        "          <BANKN>14524194398</BANKN>",
        "14524194398",
        "bank_account",
    );
}
