<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
<context>
    <name>BenchClient</name>
    <message>
        <location filename="../../ui/bench/bench_client.py" line="+292"/>
        <source>The bench is still starting. Scan again in a moment.</source>
        <translation>Stacioni po ndizet ende. Skanoni përsëri pas pak.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Internal error: {error}. The work so far is kept; tell your supervisor.</source>
        <translation>Gabim i brendshëm: {error}. Puna deri tani është ruajtur; njoftoni mbikëqyrësin.</translation>
    </message>
</context>
<context>
    <name>BenchWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+70"/>
        <source>Return inspection bench</source>
        <translation>Stacioni i inspektimit të kthimeve</translation>
    </message>
    <message>
        <location filename="../../ui/bench/status_fields.py" line="+37"/>
        <source>Operator: {name} ({role})</source>
        <translation>Operatori: {name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: signed out</source>
        <translation>Operatori: nuk ka hyrë askush</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station: {station}</source>
        <translation>Stacioni: {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {database}</source>
        <translation>Baza e të dhënave: {database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels waiting: {count}</source>
        <translation>Etiketa në pritje: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed yet, kept in the reprint queue. Printer: {printer} (Ctrl+Shift+P to change)</source>
        <translation>Ende pa printuar, në radhën e riprintimit. Printeri: {printer} (Ctrl+Shift+P për ta ndryshuar)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+172"/>
        <source>1–5 grade · F1–F10 / Alt+9 damage · F9 photo · Ctrl+D disposition · Ctrl+N note · Ctrl+W weight · F12 complete · Esc cancel</source>
        <translation>1–5 kategori · F1–F10 / Alt+9 dëmtim · F9 foto · Ctrl+D destinacion · Ctrl+N shënim · Ctrl+W peshë · F12 përfundo · Esc anulo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan an item · Ctrl+P packaging · Ctrl+W parcel weight · F11 parcel done · Ctrl+L sign out</source>
        <translation>Skanoni një artikull · Ctrl+P ambalazhi · Ctrl+W pesha e pakos · F11 pakoja gati · Ctrl+L dalje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan a parcel · Ctrl+T type a code · Ctrl+L sign out</source>
        <translation>Skanoni një pako · Ctrl+T shkruani kodin · Ctrl+L dalje</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database could not be opened: {error}</source>
        <translation>Baza e të dhënave nuk u hap: {error}</translation>
    </message>
</context>
<context>
    <name>ButtonBox</name>
    <message>
        <location filename="../../ui/common/button_box.py" line="+16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Jo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/bench/camera_dialog.py" line="+28"/>
        <location line="+22"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The default camera</source>
        <translation>Kamera e parazgjedhur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No camera (picture files only)</source>
        <translation>Pa kamerë (vetëm skedarë foto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video file {path}</source>
        <translation>Skedar video {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera at this bench? Items that need a photo are completed with a picture file: drop it on the window, or press Ctrl+O.</source>
        <translation>Nuk ka kamerë në këtë stacion? Artikujt që kërkojnë foto përfundohen me një skedar foto: tërhiqeni në dritare, ose shtypni Ctrl+O.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture size</source>
        <translation>Madhësia e fotos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera&apos;s own</source>
        <translation>E kamerës</translation>
    </message>
</context>
<context>
    <name>CloseDayConfirm</name>
    <message>
        <location filename="../../ui/review/day_closing.py" line="+28"/>
        <source>Close the day</source>
        <translation>Mbyll ditën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign off the site&apos;s day {day} for every station? The hub keeps its report as it is now, numbered, and never changes it; records of that day that arrive later go into its addendum.</source>
        <translation>Të mbyllet dita {day} e depos për të gjitha stacionet? Serveri qendror e ruan raportin siç është tani, të numërtuar, dhe nuk e ndryshon më kurrë; regjistrimet e asaj dite që vijnë më vonë shkojnë në shtojcën e tij.</translation>
    </message>
</context>
<context>
    <name>DamageChecklist</name>
    <message>
        <location filename="../../ui/bench/damage_checklist.py" line="+69"/>
        <source>held for review</source>
        <translation>mbahet për shqyrtim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no deduction</source>
        <translation>pa zbritje</translation>
    </message>
</context>
<context>
    <name>DayClosing</name>
    <message>
        <location filename="../../ui/review/day_closing.py" line="+28"/>
        <source>Close the day…</source>
        <translation>Mbyll ditën…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closing the site&apos;s day {day} at the hub…</source>
        <translation>Po mbyllet dita {day} e depos në serverin qendror…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site&apos;s day {day} is closed: report no. {number}, signed by {signer}.</source>
        <translation>Dita {day} e depos u mbyll: raporti nr. {number}, nënshkruar nga {signer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not heard from since before the day ended: {stations}.</source>
        <translation>Stacione pa kontakt që para fundit të ditës: {stations}.</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../ui/common/day_field.py" line="+66"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Zgjidhni nga kalendari (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../ui/bench/demo_data_dialog.py" line="+29"/>
        <source>Empty database</source>
        <translation>Bazë të dhënash bosh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bench has no returns and no operators yet.</source>
        <translation>Ky stacion nuk ka ende as kthime, as operatorë.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load demo data (operators, returns, parcels) to try the bench? Print the demo barcodes with: inspector demo-sheet -o sheet.pdf</source>
        <translation>Të ngarkohen të dhëna demo (operatorë, kthime, pako) për ta provuar stacionin? Barkodet demo printohen me: inspector demo-sheet -o sheet.pdf</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../ui/bench/demo_offer.py" line="+78"/>
        <source>Loading demo data…</source>
        <translation>Po ngarkohen të dhënat demo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data loaded. Scan a demo badge to sign in.</source>
        <translation>Të dhënat demo u ngarkuan. Skanoni një kartë identifikimi demo për të hyrë.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo data could not be loaded: {error}</source>
        <translation>Të dhënat demo nuk u ngarkuan: {error}</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/bench/disposition_dialog.py" line="+53"/>
        <source>Change disposition</source>
        <translation>Ndrysho destinacionin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}   (proposed)</source>
        <translation>{label}   (propozuar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why? (needed when not the proposal)</source>
        <translation>Pse? (e detyrueshme kur nuk është propozimi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does this unit go?  ↑ ↓ then Enter</source>
        <translation>Ku shkon kjo njësi?  ↑ ↓ pastaj Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a reason to leave the proposal</source>
        <translation>Shkruani arsyen për të ndryshuar propozimin</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../ui/bench/evidence_actions.py" line="+25"/>
        <source>Scan a parcel or an item before typing its weight.</source>
        <translation>Skanoni një pako ose një artikull para se të shkruani peshën.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan an item first.</source>
        <translation>Skanoni fillimisht një artikull.</translation>
    </message>
</context>
<context>
    <name>ExpectedLinesModel</name>
    <message>
        <location filename="../../ui/bench/expected_lines_model.py" line="+83"/>
        <source>{count} inspected at {station}</source>
        <translation>{count} inspektuar në {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {quantity}, {elsewhere}</source>
        <translation>pritet {quantity}, {elsewhere}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{category}; {inspected} of {quantity} inspected</source>
        <translation>{category}; {inspected} nga {quantity} inspektuar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Artikulli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Paguar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Sasia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Mbetur</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/review/export_dialog.py" line="+48"/>
        <source>Save the export</source>
        <translation>Ruaj eksportin</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export inspections</source>
        <translation>Eksporto inspektimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tabela)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (programs)</source>
        <translation>JSON (programe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every station</source>
        <translation>të gjitha stacionet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose… (Ctrl+O)</source>
        <translation>Zgjidh… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Nga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Deri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Station</source>
        <translation>&amp;Stacioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile</source>
        <translation>S&amp;kedari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per completed item inspection, days from midnight to midnight at the site; times in the file are UTC. The file is written whole or not at all.</source>
        <translation>Një rresht për çdo inspektim artikulli të përfunduar; ditët llogariten nga mesnata në mesnatë sipas orës së depos; oraret në skedar janë në UTC. Skedari shkruhet i plotë ose aspak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Eksporto</translation>
    </message>
</context>
<context>
    <name>FileCamera</name>
    <message>
        <location filename="../../ui/bench/camera_source.py" line="+260"/>
        <source>No camera found: the video {path} is missing.</source>
        <translation>Nuk u gjet kamerë: mungon videoja {path}.</translation>
    </message>
</context>
<context>
    <name>GradePicker</name>
    <message>
        <location filename="../../ui/bench/grade_picker.py" line="+50"/>
        <source>Grade</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press 1–5</source>
        <translation>Shtypni 1–5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Press 1–{last}</source>
        <translation>Shtypni 1–{last}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not graded: press 1–{last}</source>
        <translation>Pa kategori: shtypni 1–{last}</translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <location filename="../../ui/review/insight_view.py" line="+183"/>
        <source>Insight</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every station</source>
        <translation>Të gjitha stacionet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show (F5)</source>
        <translation>Shfaq (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Përshkrimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Kthyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Korrieri</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Artikuj</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Dëmtuar</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Përqindja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packaging</source>
        <translation>Ambalazhi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated</source>
        <translation>Deklaruar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Gjetur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most returned SKUs</source>
        <translation>SKU-të më të kthyera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stated reason beside the reason found</source>
        <translation>Arsyeja e deklaruar përballë arsyes së gjetur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage by carrier</source>
        <translation>Dëmtimet sipas korrierit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damage by packaging condition</source>
        <translation>Dëmtimet sipas gjendjes së ambalazhit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why things come back</source>
        <translation>Pse kthehen artikujt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site&apos;s flow</source>
        <translation>Rrjedha e depos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes and fraud signals</source>
        <translation>Zgjidhjet dhe sinjalet e mashtrimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>deri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Stacioni</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{items} items. Stated reason differs from the reason found: {mismatch} ({share:.1f}%). Return-window violations: {late} ({late_share:.1f}%).</source>
        <translation>Artikuj: {items}. Arsyeja e deklaruar ndryshon nga ajo e gjetur: {mismatch} ({share:.1f}%). Jashtë afatit të kthimit: {late} ({late_share:.1f}%).</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/bench/item_panel.py" line="+58"/>
        <source>Paid</source>
        <translation>Paguar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Zbritjet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Refund</source>
        <translation>Rimbursimi</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Change…  Ctrl+D</source>
        <translation>Ndrysho…  Ctrl+D</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Proposed</source>
        <translation>Propozuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Shkon në</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (Ctrl+N), Enter to keep</source>
        <translation>Shënim (Ctrl+N), Enter për ta ruajtur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete  F12</source>
        <translation>Përfundo  F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel  Esc</source>
        <translation>Anulo  Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage found</source>
        <translation>Dëmtime të gjetura</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown item</source>
        <translation>Artikull i panjohur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Nr. serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Loti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Pesha</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>held for review</source>
        <translation>mbahet për shqyrtim</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed: {reason}</source>
        <translation>Ndryshuar: {reason}</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <location filename="../../ui/printing/label_actions.py" line="+25"/>
        <source>No label to show yet: complete an item first.</source>
        <translation>Ende s&apos;ka etiketë për të shfaqur: përfundoni fillimisht një artikull.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a supervisor can change the label printer.</source>
        <translation>Vetëm mbikëqyrësi mund të ndryshojë printerin e etiketave.</translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="+40"/>
        <source>Label {plate}</source>
        <translation>Etiketa {plate}</translation>
    </message>
</context>
<context>
    <name>LabelQueue</name>
    <message>
        <location filename="../../ui/printing/label_queue.py" line="+139"/>
        <source>Label {plate} could not be made ({error}). It stays in the reprint queue; tell your supervisor.</source>
        <translation>Etiketa {plate} nuk u krijua ({error}). Mbetet në radhën e riprintimit; njoftoni mbikëqyrësin.</translation>
    </message>
</context>
<context>
    <name>OutcomeBox</name>
    <message>
        <location filename="../../ui/bench/outcome_box.py" line="+25"/>
        <source>→ {sku}</source>
        <translation>→ {sku}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Held for review: risk {score} of {threshold}</source>
        <translation>Mbahet për shqyrtim: rrezik {score} nga {threshold}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk {score} of {threshold}</source>
        <translation>Rrezik {score} nga {threshold}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk {score}</source>
        <translation>Rrezik {score}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/review/outcome_dialog.py" line="+62"/>
        <source>Decide the outcome</source>
        <translation>Vendosni zgjidhjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {plate}</source>
        <translation>Artikulli {plate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: {outcome}</source>
        <translation>Tani: {outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held for review:</source>
        <translation>Mbahet për shqyrtim:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{outcome} → {sku}</source>
        <translation>{outcome} → {sku}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer gets</source>
        <translation>Klienti merr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the audit trail)</source>
        <translation>Pse? (ruhet në gjurmën e auditimit)</translation>
    </message>
</context>
<context>
    <name>OutcomeFraudPanel</name>
    <message>
        <location filename="../../ui/review/outcome_fraud_panel.py" line="+70"/>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Outcome</source>
        <translation>Zgjidhja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Artikuj</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Amount</source>
        <translation>Shuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items held</source>
        <translation>Artikuj të mbajtur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount held</source>
        <translation>Shuma e mbajtur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Sinjali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Përshkrimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes per currency</source>
        <translation>Zgjidhjet sipas valutës</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money held back for review</source>
        <translation>Para të mbajtura për shqyrtim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud signals by reason</source>
        <translation>Sinjalet e mashtrimit sipas arsyes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with fraud signals (top {count})</source>
        <translation>Klientët me sinjale mashtrimi ({count} të parët)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs with fraud signals (top {count})</source>
        <translation>SKU me sinjale mashtrimi ({count} të parët)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Items held for review: {count}</source>
        <translation>Artikuj të mbajtur për shqyrtim: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with a fraud signal: {count}</source>
        <translation>Artikuj me sinjal mashtrimi: {count}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/review/override_dialog.py" line="+60"/>
        <source>Override grade</source>
        <translation>Korrigjo kategorinë</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override a deduction</source>
        <translation>Korrigjo një zbritje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override disposition</source>
        <translation>Korrigjo destinacionin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New amount in {currency}</source>
        <translation>Shuma e re në {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the audit trail)</source>
        <translation>Pse? (ruhet në historikun e auditimit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {plate}</source>
        <translation>Artikulli {plate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Gjetja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition</source>
        <translation>Destinacioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Shuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
</context>
<context>
    <name>PackagingDialog</name>
    <message>
        <location filename="../../ui/bench/packaging_dialog.py" line="+37"/>
        <source>Packaging condition</source>
        <translation>Gjendja e ambalazhit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outer packaging as it arrived:  ↑ ↓ then Enter</source>
        <translation>Ambalazhi i jashtëm siç mbërriti:  ↑ ↓ pastaj Enter</translation>
    </message>
</context>
<context>
    <name>ParcelPanel</name>
    <message>
        <location filename="../../ui/bench/parcel_panel.py" line="+165"/>
        <source>Parcel</source>
        <translation>Pakoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parcel open.
Scan a parcel label or RMA number.</source>
        <translation>Asnjë pako e hapur.
Skanoni etiketën e pakos ose numrin RMA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Porosia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Dorëzuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Gjurmimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packaging</source>
        <translation>Ambalazhi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Kryer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packaging…  Ctrl+P</source>
        <translation>Ambalazhi…  Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel done  F11</source>
        <translation>Pakoja gati  F11</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>none (unexpected return)</source>
        <translation>asnjë (kthim i papritur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {expected} units</source>
        <translation>{done} nga {expected} njësi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Weight: {weight}, typed</source>
        <translation>Pesha: {weight}, e shkruar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight: {weight}</source>
        <translation>Pesha: {weight}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <location filename="../../ui/bench/photo_actions.py" line="+103"/>
        <source>Scan an item first, then choose its picture.</source>
        <translation>Skanoni fillimisht një artikull, pastaj zgjidhni foton e tij.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of the item</source>
        <translation>Një foto e artikullit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures ({patterns})</source>
        <translation>Foto ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a supervisor can change the camera.</source>
        <translation>Vetëm një mbikëqyrës mund ta ndryshojë kamerën.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The camera settings could not be saved: {error}</source>
        <translation>Cilësimet e kamerës nuk u ruajtën: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera set: {camera}</source>
        <translation>Kamera u caktua: {camera}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scan an item first, then drop its picture.</source>
        <translation>Skanoni fillimisht një artikull, pastaj tërhiqni foton e tij në dritare.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/bench/photo_strip.py" line="+120"/>
        <source>Photos: F9 the item · Ctrl+F1–F10 a finding · Shift+F9 remove the newest · Ctrl+O or drop a picture file</source>
        <translation>Foto: F9 artikulli · Ctrl+F1–F10 një dëmtim · Shift+F9 hiq më të fundit · Ctrl+O ose tërhiqni një skedar foto</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Item</source>
        <translation>Artikulli</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/review/photo_strip.py" line="+62"/>
        <source>not at this desk yet</source>
        <translation>nuk ka ardhur ende këtu</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../../ui/bench/photo_strip.py" line="-152"/>
        <source>Remove this photo (Shift+F9); Ctrl+Z brings it back</source>
        <translation>Hiqeni këtë foto (Shift+F9); Ctrl+Z e rikthen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved</source>
        <translation>pa ruajtur</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/review/photo_viewer.py" line="+52"/>
        <source>Photos of {plate}</source>
        <translation>Fotot e {plate}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>not at this desk yet</source>
        <translation>nuk ka ardhur ende këtu</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Photo {n} of {count}</source>
        <translation>Foto {n} nga {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{photo}: {finding}</source>
        <translation>{photo}: {finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left/Right: other photos · Esc: close</source>
        <translation>Majtas/Djathtas: fotot e tjera · Esc: mbyll</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="+97"/>
        <source>Label printer</source>
        <translation>Printeri i etiketave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer (labels wait in the reprint queue)</source>
        <translation>Pa printer (etiketat presin në radhën e riprintimit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop printer (CUPS)</source>
        <translation>Printer zyre (CUPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zebra printer on the network (raw TCP)</source>
        <translation>Printer Zebra në rrjet (TCP raw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>Printeri i parazgjedhur i sistemit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (not installed)</source>
        <translation>{name} (i painstaluar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host name or IP address</source>
        <translation>emri i hostit ose adresa IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Printeri:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hosti:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rezolucioni:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the label when an item is &amp;completed</source>
        <translation>Printo etiketën kur artikulli për&amp;fundon</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Send labels to:</source>
        <translation>&amp;Dërgo etiketat te:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label size:</source>
        <translation>&amp;Madhësia e etiketës:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the Zebra printer&apos;s host name or IP address.</source>
        <translation>Shkruani emrin e hostit ose adresën IP të printerit Zebra.</translation>
    </message>
</context>
<context>
    <name>ReportPath</name>
    <message>
        <location filename="../../ui/review/day_report.py" line="+29"/>
        <source>Save the end-of-day PDF</source>
        <translation>Ruaj PDF-në e fundit të ditës</translation>
    </message>
</context>
<context>
    <name>ReturnChoiceModel</name>
    <message>
        <location filename="../../ui/bench/return_choice_panel.py" line="+40"/>
        <source>Key</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>Kthimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Rreshta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Njësi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Dorëzuar</translation>
    </message>
</context>
<context>
    <name>ReturnChoicePanel</name>
    <message>
        <location line="+96"/>
        <source>Which return is this parcel? Press its number, click its row, or scan its RMA label.</source>
        <translation>Cilit kthim i përket kjo pako? Shtypni numrin, klikoni rreshtin ose skanoni etiketën RMA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel  Esc</source>
        <translation>Anulo  Esc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1–{count} choose a return · Esc cancel</source>
        <translation>1–{count} zgjidhni kthimin · Esc anulo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Returns of order {order}</source>
        <translation>Kthimet e porosisë {order}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/review/review_model.py" line="+39"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Stacioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>Inspektori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exceptions</source>
        <translation>Përjashtimet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition</source>
        <translation>Destinacioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>Zbritja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Rimbursimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Shqyrtimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Zgjidhja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why held</source>
        <translation>Pse mbahet</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>open</source>
        <translation>hapur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved</source>
        <translation>miratuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overridden</source>
        <translation>korrigjuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}; your decision was refused</source>
        <translation>{state}; vendimi juaj u refuzua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}; late for closed day {day} (no. {number})</source>
        <translation>{state}; me vonesë për ditën e mbyllur {day} (nr. {number})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held: {reasons}</source>
        <translation>Mbahet: {reasons}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Mbahet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub refused this bench&apos;s decision: {reason}</source>
        <translation>Serveri qendror refuzoi vendimin e këtij stacioni: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/review/review_view.py" line="+177"/>
        <source>Supervisor review</source>
        <translation>Shqyrtimi i mbikëqyrësit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every station</source>
        <translation>Të gjitha stacionet</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Mirato (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade (Ctrl+G)</source>
        <translation>Kategoria (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction (Ctrl+K)</source>
        <translation>Zbritja (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition (Ctrl+D)</source>
        <translation>Destinacioni (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome… (Ctrl+O)</source>
        <translation>Zgjidhja… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Rifresko (F5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-day PDF (Ctrl+E)</source>
        <translation>PDF-ja e ditës (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export… (Ctrl+Shift+E)</source>
        <translation>Eksporto… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why things come back (Ctrl+I)</source>
        <translation>Pse kthehen artikujt (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="+24"/>
        <source>Report &amp;language</source>
        <translation>&amp;Gjuha e raportit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the end-of-day PDF</source>
        <translation>Gjuha e PDF-së së ditës</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+4"/>
        <source>Day</source>
        <translation>Dita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Stacioni</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{count} exception(s), {open} still open</source>
        <translation>Përjashtime: {count}, ende të hapura: {open}</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="+18"/>
        <source>Cancel PDF (Esc)</source>
        <translation>Anulo PDF-në (Esc)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved {path}</source>
        <translation>U ruajt {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF was cancelled; nothing was saved.</source>
        <translation>PDF-ja u anulua; nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+134"/>
        <source>Cancel export (Esc)</source>
        <translation>Anulo eksportin (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to {path}…</source>
        <translation>Po eksportohet në {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {count} item inspection(s) to {path}</source>
        <translation>U eksportuan {count} inspektime artikujsh në {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Eksporti u anulua; nuk u ruajt asgjë.</translation>
    </message>
</context>
<context>
    <name>ScaleBridge</name>
    <message>
        <location filename="../../ui/bench/scale_bridge.py" line="+54"/>
        <source>The scale on {port} cannot be read. Check its cable; until it is back, type weights with Ctrl+W.</source>
        <translation>Peshorja në {port} nuk mund të lexohet. Kontrolloni kabllon; derisa të kthehet, shkruani peshat me Ctrl+W.</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/bench/scan_bar.py" line="+49"/>
        <source>Scan</source>
        <translation>Skano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner input appears here · Ctrl+T to type a code</source>
        <translation>Këtu shfaqet ç&apos;lexon skaneri · Ctrl+T për të shkruar kodin</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>working… {count} queued</source>
        <translation>duke punuar… {count} në radhë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working…</source>
        <translation>duke punuar…</translation>
    </message>
</context>
<context>
    <name>SerialDialog</name>
    <message>
        <location filename="../../ui/bench/serial_dialog.py" line="+33"/>
        <source>Serial number</source>
        <translation>Numër serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number of the item in hand (type it, or scan it here):</source>
        <translation>Numri serial i artikullit në dorë (shkruajeni ose skanojeni këtu):</translation>
    </message>
</context>
<context>
    <name>ShiftLogModel</name>
    <message>
        <location filename="../../ui/bench/shift_log_model.py" line="+114"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan</source>
        <translation>Skanimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Rezultati</translation>
    </message>
</context>
<context>
    <name>ShiftLogPanel</name>
    <message>
        <location filename="../../ui/bench/shift_log_panel.py" line="+51"/>
        <source>This shift: {count} scans</source>
        <translation>Skanime në këtë turn: {count}</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/bench/sign_in_view.py" line="+56"/>
        <source>Return inspection</source>
        <translation>Inspektimi i kthimeve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge {badge}: type your PIN and press Enter</source>
        <translation>Karta {badge}: shkruani PIN-in dhe shtypni Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc: scan a different badge</source>
        <translation>Esc: skanoni një kartë tjetër</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan your badge to sign in</source>
        <translation>Skanoni kartën për të hyrë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station {station}</source>
        <translation>Stacioni {station}</translation>
    </message>
</context>
<context>
    <name>SiteFlowPanel</name>
    <message>
        <location filename="../../ui/review/site_flow_panel.py" line="+72"/>
        <source>Waiting</source>
        <translation>Në pritje</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Station</source>
        <translation>Stacioni</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Inspector</source>
        <translation>Inspektori</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exceptions</source>
        <translation>Përjashtimet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Përfunduar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Pako</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest waiting</source>
        <translation>Pritja më e gjatë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Pranuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Artikuj</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dock to stock, median</source>
        <translation>Pranim–stok, mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Orë pune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per hour</source>
        <translation>Artikuj në orë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Stacione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open holds, oldest first</source>
        <translation>Artikuj të mbajtur, më të vjetrit në krye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog: parcels received, not yet inspected</source>
        <translation>Të prapambetura: pako të pranuara, ende pa inspektuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock to stock per station (parcel received to item completed)</source>
        <translation>Pranim–stok sipas stacionit (nga pranimi i pakos te përfundimi i artikullit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per inspector, across the benches they worked at: dock to stock and items per hour</source>
        <translation>Sipas inspektorit, në të gjitha stacionet ku ka punuar: pranim–stok dhe artikuj në orë</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours worked are active time: the stretches from one parcel or item to the next, with gaps of more than 15 minutes left out as breaks.</source>
        <translation>Orët e punës janë koha aktive: intervalet nga një pako ose artikull te tjetri; ndërprerjet mbi 15 minuta llogariten si pushime dhe nuk numërohen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} orë {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} d {hours} h</source>
        <translation>{days} ditë {hours} orë</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>As of {time} on {day} ({zone}), by this desk&apos;s records. Holds and backlog: what is open now, from {since}; dock to stock and items per hour: items completed {first} to {last}.</source>
        <translation>Më {day} në orën {time} ({zone}), sipas të dhënave të këtij posti. Artikujt e mbajtur dhe të prapambeturat: çfarë është e hapur tani, që nga {since}; pranim–stok dhe artikuj në orë: artikujt e përfunduar nga {first} deri {last}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open holds: none</source>
        <translation>Artikuj të mbajtur: asnjë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open holds: {count}, the oldest waiting {age}</source>
        <translation>Artikuj të mbajtur: {count}, më i vjetri pret prej {age}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcels not yet inspected: none</source>
        <translation>Pako ende pa inspektuar: asnjë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels not yet inspected: {count} (stations with a backlog: {stations})</source>
        <translation>Pako ende pa inspektuar: {count} (stacione me të prapambetura: {stations})</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../ui/review/supervisor_actions.py" line="+27"/>
        <source>Only a supervisor can review and override inspections.</source>
        <translation>Vetëm mbikëqyrësi mund të shqyrtojë dhe korrigjojë inspektimet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only a supervisor can unlock a badge.</source>
        <translation>Vetëm mbikëqyrësi mund të zhbllokojë një kartë identifikimi.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/review/insight_view.py" line="-212"/>
        <source>Items per day (bars), exceptions per day (line)</source>
        <translation>Artikuj në ditë (shtylla), përjashtime në ditë (vijë)</translation>
    </message>
</context>
<context>
    <name>UnlockBadgeDialog</name>
    <message>
        <location filename="../../ui/bench/unlock_badge_dialog.py" line="+33"/>
        <source>Unlock a badge</source>
        <translation>Zhblloko kartën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OP-1234</source>
        <translation>OP-1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the badge locked by wrong PINs, or type it, then Enter.</source>
        <translation>Skanoni kartën e bllokuar nga PIN-e të gabuara, ose shkruajeni, pastaj Enter.</translation>
    </message>
</context>
<context>
    <name>UvcCamera</name>
    <message>
        <location filename="../../ui/bench/camera_source.py" line="-114"/>
        <source>No camera found. Plug in the camera, or drop a picture file on the window.</source>
        <translation>Nuk u gjet kamerë. Lidhni kamerën, ose tërhiqni një skedar foto në dritare.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The camera was unplugged. Plug it back in, or drop a picture file on the window.</source>
        <translation>Kamera u shkëput. Lidheni përsëri, ose tërhiqni një skedar foto në dritare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera stopped working ({message}). Drop a picture file on the window, or ask a supervisor to check the camera (Ctrl+Shift+C).</source>
        <translation>Kamera ndaloi së punuari ({message}). Tërhiqni një skedar foto në dritare, ose kërkojini mbikëqyrësit të kontrollojë kamerën (Ctrl+Shift+C).</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <location filename="../../ui/bench/weight_dialog.py" line="+40"/>
        <source>Weight</source>
        <translation>Pesha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the item in hand weighs:</source>
        <translation>Sa peshon artikulli në dorë:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the parcel weighs, as received:</source>
        <translation>Sa peshon pakoja, siç erdhi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grams (1234), or with a unit: 1.234 kg, 2.7 lb</source>
        <translation>gramë (1234) ose me njësi: 1.234 kg, 2.7 lb</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a weight</source>
        <translation>Nuk është peshë</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+129"/>
        <source>Opening the database…</source>
        <translation>Po hapet baza e të dhënave…</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <location filename="../../inspector/bench/labels_at_bench.py" line="+118"/>
        <source>The station settings could not be saved.</source>
        <translation>Cilësimet e stacionit nuk u ruajtën.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk space and the data folder&apos;s permissions, then try again.</source>
        <translation>Kontrolloni hapësirën në disk dhe lejet e dosjes së të dhënave, pastaj provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/label_steps.py" line="+24"/>
        <source>Label {plate} was not printed. {problem}</source>
        <translation>Etiketa {plate} nuk u printua. {problem}</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+178"/>
        <source>Type your PIN, or scan your badge again.</source>
        <translation>Shkruani PIN-in, ose skanoni përsëri kartën e identifikimit.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/photo_steps.py" line="+50"/>
        <source>The photo is kept and will be recorded: {problem}</source>
        <translation>Foto ruhet dhe do të regjistrohet: {problem}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{finding} is not a finding here.</source>
        <translation>{finding} nuk është dëmtim i njohur këtu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking a photo of {description}…</source>
        <translation>Po fotografohet {description}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking a photo of {finding}…</source>
        <translation>Po fotografohet {finding}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../inspector/bench/session.py" line="+1"/>
        <source>Sign in first: scan your badge.</source>
        <translation>Hyni fillimisht: skanoni kartën e identifikimit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Photo saved.</source>
        <translation>Foto u ruajt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo of {finding} saved.</source>
        <translation>Foto e {finding} u ruajt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A photo kept for recording was dropped: {problem}</source>
        <translation>Një foto e mbajtur për regjistrim u hodh poshtë: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This item&apos;s photo is not recorded yet, so it cannot be completed: {problem}</source>
        <translation>Foto e këtij artikulli nuk është regjistruar ende, ndaj nuk mund të përfundohet: {problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This item has no photo to remove.</source>
        <translation>Ky artikull nuk ka foto për të hequr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo removed. Ctrl+Z brings it back.</source>
        <translation>Foto u hoq. Ctrl+Z e rikthen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo brought back.</source>
        <translation>Foto u rikthye.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+11"/>
        <source>No item with label {plate} on this bench.</source>
        <translation>Në këtë stacion nuk ka artikull me etiketën {plate}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{plate}: {description}, grade {grade}, {disposition} to bin {bin} ({status}).</source>
        <translation>{plate}: {description}, kategoria {grade}, {disposition} në koshin {bin} ({status}).</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="+54"/>
        <source>Resumed the parcel left open at this bench.</source>
        <translation>Vazhdon pakoja e lënë e hapur në këtë stacion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish (F12) or cancel (Esc) the item in hand before the next parcel.</source>
        <translation>Përfundoni (F12) ose anuloni (Esc) artikullin në dorë para pakos tjetër.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{rma} is the parcel open now: scan its items, or press F11 when it is done.</source>
        <translation>{rma} është pakoja e hapur tani: skanoni artikujt e saj ose shtypni F11 kur të keni mbaruar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No return found for this parcel: received as an unexpected return.</source>
        <translation>Nuk u gjet kthim për këtë pako: pranohet si kthim i papritur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rma}: {warnings}</source>
        <translation>{rma}: {warnings}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rma}, order {order}: scan the first item.</source>
        <translation>{rma}, porosia {order}: skanoni artikullin e parë.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order {order} has more than {count} open returns: scan the RMA label.</source>
        <translation>Porosia {order} ka më shumë se {count} kthime të hapura: skanoni etiketën RMA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order {order} has {count} open returns: press 1-{count} or scan the RMA label.</source>
        <translation>Porosia {order} ka {count} kthime të hapura: shtypni 1-{count} ose skanoni etiketën RMA.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No returns to choose from.</source>
        <translation>Asnjë kthim për të zgjedhur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press 1-{count} to choose a return, or scan the RMA label.</source>
        <translation>Shtypni 1-{count} për të zgjedhur kthimin, ose skanoni etiketën RMA.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+12"/>
        <source>Scan the parcel (tracking or RMA label) before its items.</source>
        <translation>Skanoni pakon (etiketën e gjurmimit ose RMA) para artikujve të saj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade the item in hand (keys 1-5) or cancel it (Esc) before the next.</source>
        <translation>Vendosni kategorinë e artikullit në dorë (tastet 1-5) ose anulojeni (Esc) para tjetrit.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{description}: {problems}</source>
        <translation>{description}: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{description}: grade it (1-5).</source>
        <translation>{description}: vendosni kategorinë (1-5).</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/photo_steps.py" line="-113"/>
        <location filename="../../inspector/bench/session.py" line="+20"/>
        <location filename="../../inspector/bench/weighing_steps.py" line="+87"/>
        <source>Scan an item first.</source>
        <translation>Skanoni fillimisht një artikull.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+17"/>
        <source>Grade {grade}.</source>
        <translation>Kategoria {grade}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key {key} is not a grade here.</source>
        <translation>Tasti {key} nuk është kategori këtu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{finding}: recorded.</source>
        <translation>{finding}: u regjistrua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finding}: removed.</source>
        <translation>{finding}: u hoq.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disposition: {disposition}.</source>
        <translation>Destinacioni: {disposition}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note saved.</source>
        <translation>Shënimi u ruajt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../inspector/usecases/inspections.py" line="+139"/>
        <source>Scan a parcel first.</source>
        <translation>Skanoni fillimisht një pako.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packaging condition recorded.</source>
        <translation>Gjendja e ambalazhit u regjistrua.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: {description}, grade {grade}, {disposition} to bin {bin}.</source>
        <translation>Gati: {description}, kategoria {grade}, {disposition} në koshin {bin}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done} {problem}</source>
        <translation>{done} {problem}</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="-10"/>
        <source>No return chosen: scan the RMA label or the tracking number.</source>
        <translation>Asnjë kthim i zgjedhur: skanoni etiketën RMA ose numrin e gjurmimit.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+19"/>
        <source>Item cancelled; nothing was recorded for it.</source>
        <translation>Artikulli u anulua; nuk u regjistrua asgjë për të.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item in hand. To finish the parcel scan PARCEL DONE.</source>
        <translation>Asnjë artikull në dorë. Për ta mbyllur pakon, skanoni PARCEL DONE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to cancel.</source>
        <translation>S&apos;ka asgjë për të anuluar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to undo.</source>
        <translation>S&apos;ka asgjë për të zhbërë.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopened {description}.</source>
        <translation>U rihap: {description}.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="+30"/>
        <source>No parcel open.</source>
        <translation>Asnjë pako e hapur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../inspector/usecases/inspections.py" line="+2"/>
        <source>Finish or cancel the item in hand first.</source>
        <translation>Përfundoni ose anuloni fillimisht artikullin në dorë.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parcel done: {count} item(s). Scan the next parcel.</source>
        <translation>Pakoja gati, artikuj: {count}. Skanoni pakon tjetër.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/label_steps.py" line="+21"/>
        <source>No label to reprint yet.</source>
        <translation>Ende s&apos;ka etiketë për të riprintuar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No label printer is set up at this station; label {plate} was not printed.</source>
        <translation>Në këtë stacion nuk është konfiguruar printer etiketash; etiketa {plate} nuk u printua.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing label {plate}…</source>
        <translation>Po printohet etiketa {plate}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{found} {printing}</source>
        <translation>{found} {printing}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Label {plate} printed.</source>
        <translation>Etiketa {plate} u printua.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Label printing is not available at this bench.</source>
        <translation>Printimi i etiketave nuk është i mundur në këtë stacion.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Only a supervisor can change the label printer.</source>
        <translation>Vetëm mbikëqyrësi mund të ndryshojë printerin e etiketave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label printer: {printer}. Labels waiting: {count}.</source>
        <translation>Printeri i etiketave: {printer}. Etiketa në pritje: {count}.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+12"/>
        <source>A new site policy came from the hub but could not be read; the bench keeps the one it has.</source>
        <translation>Nga serveri qendror erdhën rregulla të reja të depos, por nuk u lexuan; stacioni mban ato që ka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site policy was updated from the hub; it applies from the next item.</source>
        <translation>Rregullat e depos u përditësuan nga serveri qendror; vlejnë nga artikulli i ardhshëm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not on this return (wrong item).</source>
        <translation>Nuk është në këtë kthim (artikull i gabuar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than the return expects.</source>
        <translation>Më shumë njësi nga sa pret kthimi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number is not the one shipped.</source>
        <translation>Numri serial nuk është ai që u dërgua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial number scanned: type it with Ctrl+Shift+S.</source>
        <translation>Nuk u skanua numër serial: shkruajeni me Ctrl+Shift+S.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel has no return.</source>
        <translation>Pakoja nuk ka kthim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the return window.</source>
        <translation>Jashtë afatit të kthimit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-returnable category.</source>
        <translation>Mall që nuk pranohet për kthim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return is not open upstream.</source>
        <translation>Kthimi nuk është i hapur në sistemin e porosive.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/sign_in.py" line="+78"/>
        <source>Finish or cancel the item in hand before another operator signs in.</source>
        <translation>Përfundoni ose anuloni artikullin në dorë para se të hyjë një operator tjetër.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge {badge}: type your PIN and press Enter.</source>
        <translation>Karta {badge}: shkruani PIN-in dhe shtypni Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan your badge first.</source>
        <translation>Skanoni fillimisht kartën.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in: {name}.</source>
        <translation>Hyri: {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: {name}. {warning}</source>
        <translation>Hyri: {name}. {warning}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../inspector/usecases/operators.py" line="+167"/>
        <source>Only a supervisor can unlock a badge.</source>
        <translation>Vetëm mbikëqyrësi mund të zhbllokojë një kartë identifikimi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{text}&quot; is not a badge: scan the badge to unlock.</source>
        <translation>„{text}” nuk është kartë identifikimi: skanoni kartën që doni të zhbllokoni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge {badge} unlocked: it can sign in again.</source>
        <translation>Karta {badge} u zhbllokua: mund të hyjë përsëri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge {badge} was not locked.</source>
        <translation>Karta {badge} nuk ishte e bllokuar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finish or cancel the item in hand before signing out.</source>
        <translation>Përfundoni ose anuloni artikullin në dorë para se të dilni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out. An open parcel resumes at the next sign-in.</source>
        <translation>Dolët. Pakoja e hapur vazhdon në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed out: idle for {minutes} min. The item in hand is kept and resumes at the next sign-in.</source>
        <translation>Dalje automatike pas {minutes} minutash pa aktivitet. Artikulli në dorë ruhet dhe vazhdon në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out: idle for {minutes} min. An open parcel resumes at the next sign-in.</source>
        <translation>Dalje automatike pas {minutes} minutash pa aktivitet. Pakoja e hapur vazhdon në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/views.py" line="+62"/>
        <source>No return is known for this parcel: it is received as an unexpected return.</source>
        <translation>Për këtë pako nuk njihet asnjë kthim: pranohet si kthim i papritur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was cancelled or closed upstream: check with a supervisor.</source>
        <translation>Ky kthim u anulua ose u mbyll në sistemin e porosive: pyesni mbikëqyrësin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received after the return window closed.</source>
        <translation>Pranuar pas mbylljes së afatit të kthimit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel does not weigh what the return&apos;s items should.</source>
        <translation>Pakoja nuk peshon sa duhet të peshojnë artikujt e kthimit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel weighs hardly more than its packaging: it may be empty.</source>
        <translation>Pakoja peshon mezi sa ambalazhi: mund të jetë bosh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the return were not in this parcel.</source>
        <translation>Disa copë të kthimit nuk ishin në këtë pako.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>chosen by a supervisor</source>
        <translation>zgjedhur nga mbikëqyrësi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>deductions waived, +{bonus}%</source>
        <translation>pa zbritje, +{bonus}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deductions waived</source>
        <translation>pa zbritje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after deductions, +{bonus}%</source>
        <translation>pas zbritjeve, +{bonus}%</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>if the grade allows it</source>
        <translation>nëse kategoria e lejon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exchange asked; it needs grade {lowest} or better</source>
        <translation>u kërkua ndërrim; duhet kategoria {lowest} ose më mirë</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a supervisor decides</source>
        <translation>vendos mbikëqyrësi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not refundable</source>
        <translation>pa rimbursim</translation>
    </message>
    <message>
        <location filename="../../inspector/exporting/atomic_file.py" line="+31"/>
        <source>Choose another folder.</source>
        <translation>Zgjidhni një dosje tjetër.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full: {path} was not written.</source>
        <translation>Disku është plot: {path} nuk u shkrua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space and export again.</source>
        <translation>Lironi hapësirë dhe eksportoni përsëri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission to write {path}.</source>
        <translation>S&apos;ka leje për të shkruar {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is on a read-only disk.</source>
        <translation>{folder} ndodhet në një disk vetëm për lexim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Dosja {folder} nuk ekziston.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it or choose another folder.</source>
        <translation>Krijojeni ose zgjidhni një dosje tjetër.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} nuk është dosje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another path.</source>
        <translation>Zgjidhni një shteg tjetër.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be written: {why}.</source>
        <translation>{path} nuk u shkrua: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk or choose another folder.</source>
        <translation>Kontrolloni diskun ose zgjidhni një dosje tjetër.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder.</source>
        <translation>{path} është dosje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name.</source>
        <translation>Jepni një emër skedari.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/jobs.py" line="+75"/>
        <source>Unknown label size {size}.</source>
        <translation>Madhësi e panjohur etikete {size}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {plate} was cancelled; it gets no label.</source>
        <translation>Artikulli {plate} u anulua; nuk merr etiketë.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That label is no longer waiting to be printed.</source>
        <translation>Kjo etiketë nuk pret më për t&apos;u printuar.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/label_source.py" line="+21"/>
        <source>No item with label or id {ref} on this bench.</source>
        <translation>Në këtë stacion nuk ka artikull me etiketë ose ID {ref}.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/problems.py" line="+11"/>
        <source>The label is kept in the reprint queue; the inspection is saved.</source>
        <translation>Etiketa mbetet në radhën e riprintimit; inspektimi është ruajtur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No label printer is set up at this station.</source>
        <translation>Në këtë stacion nuk është konfiguruar printer etiketash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to choose one in the station settings.</source>
        <translation>Kërkojini një administratori ta zgjedhë në cilësimet e stacionit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label printer {where} refused the connection.</source>
        <translation>Printeri i etiketave {where} refuzoi lidhjen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on, online and set to raw port 9100.</source>
        <translation>Kontrolloni që të jetë i ndezur, në rrjet dhe i vendosur në portën raw 9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer {where} did not answer in time.</source>
        <translation>Printeri i etiketave {where} nuk u përgjigj në kohë.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check its power and network cable, then reprint.</source>
        <translation>Kontrolloni rrymën dhe kabllon e rrjetit, pastaj riprintoni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer {where} cannot be reached ({detail}).</source>
        <translation>Printeri i etiketave {where} nuk arrihet ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer&apos;s address in the station settings and the network.</source>
        <translation>Kontrolloni adresën e printerit në cilësimet e stacionit dhe rrjetin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label printer {where} is not ready: {state}.</source>
        <translation>Printeri i etiketave {where} nuk është gati: {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix it at the printer, then reprint.</source>
        <translation>Rregullojeni te printeri, pastaj riprintoni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer {name} is not installed on this computer.</source>
        <translation>Printeri {name} nuk është i instaluar në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an installed printer in the station settings.</source>
        <translation>Zgjidhni një printer të instaluar në cilësimet e stacionit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer {name} did not take the label.</source>
        <translation>Printeri {name} nuk e pranoi etiketën.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer and its queue, then reprint.</source>
        <translation>Kontrolloni printerin dhe radhën e tij, pastaj riprintoni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of labels</source>
        <translation>pa etiketa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head open</source>
        <translation>koka e printimit e hapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>në pauzë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ribbon out</source>
        <translation>pa shirit</translation>
    </message>
    <message>
        <location filename="../../inspector/scans/errors.py" line="+71"/>
        <source>The scan was empty. Scan the barcode again.</source>
        <translation>Skanimi ishte bosh. Skanoni përsëri barkodin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan is too long ({length} characters, at most {limit}). Scan one barcode at a time.</source>
        <translation>Skanimi është shumë i gjatë ({length} karaktere, maksimumi {limit}). Skanoni barkodet një nga një.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan &quot;{scan}&quot; contains hidden control characters. Rescan; if it happens again, ask a supervisor to check the scanner settings.</source>
        <translation>Skanimi „{scan}” përmban karaktere kontrolli të fshehura. Riskanoni; nëse ndodh përsëri, kërkojini mbikëqyrësit të kontrollojë cilësimet e skanerit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan &quot;{scan}&quot; could not be read: the scanner sent broken characters. Scan the barcode again.</source>
        <translation>Skanimi „{scan}” nuk u lexua: skaneri dërgoi karaktere të prishura. Skanoni përsëri barkodin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check digit does not match: {value} is not a valid {formats}. Rescan the barcode.</source>
        <translation>Shifra e kontrollit nuk përputhet: {value} nuk është {formats} i vlefshëm. Riskanoni barkodin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This GS1 barcode cannot be read: {problem}. Rescan the barcode or type the number printed under it.</source>
        <translation>Ky barkod GS1 nuk lexohet: {problem}. Riskanoni barkodin ose shkruani numrin e printuar poshtë tij.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command barcode &quot;{scan}&quot;. Use the command card at your bench.</source>
        <translation>Barkod komande i panjohur „{scan}”. Përdorni kartelën e komandave të stacionit tuaj.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{scan}&quot; is not a barcode this bench knows{hint}. Scan the parcel label, the item barcode or a bench card.</source>
        <translation>„{scan}” nuk është barkod që e njeh ky stacion{hint}. Skanoni etiketën e pakos, barkodin e artikullit ose një kartelë komandash.</translation>
    </message>
    <message>
        <location filename="../../inspector/storage/database.py" line="+29"/>
        <source>This database was made by a newer version of the program, which this version cannot read; it was not changed.</source>
        <translation>Kjo bazë të dhënash u krijua nga një version më i ri i programit dhe ky version nuk mund ta lexojë; nuk u ndryshua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer version again, or restore a backup made before it (inspector restore FILE).</source>
        <translation>Instaloni përsëri versionin më të ri, ose riktheni një kopje rezervë të bërë para tij (inspector restore FILE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database is busy (locked by another program).</source>
        <translation>Baza e të dhënave është e zënë (e bllokuar nga një program tjetër).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a moment and try again; nothing was lost.</source>
        <translation>Prisni pak dhe provoni përsëri; nuk humbi asgjë.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>Disku është plot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space; nothing was lost.</source>
        <translation>Lironi hapësirë; nuk humbi asgjë.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk could not be read or written.</source>
        <translation>Disku nuk mund të lexohej ose të shkruhej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk; nothing was lost.</source>
        <translation>Kontrolloni diskun; nuk humbi asgjë.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be opened.</source>
        <translation>Skedari i bazës së të dhënave nuk hapet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data folder exists and is writable.</source>
        <translation>Kontrolloni që dosja e të dhënave ekziston dhe lejon shkrimin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is read-only.</source>
        <translation>Baza e të dhënave është vetëm për lexim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the permissions of the data folder.</source>
        <translation>Kontrolloni lejet e dosjes së të dhënave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged or is not a bench database.</source>
        <translation>Skedari i bazës së të dhënave është i dëmtuar ose nuk është bazë të dhënash e stacionit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it from a backup, or choose another data folder.</source>
        <translation>Rikthejeni nga një kopje rezervë, ose zgjidhni një dosje tjetër të dhënash.</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/client.py" line="+33"/>
        <source>The hub cannot be reached.</source>
        <translation>Serveri qendror nuk arrihet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work goes on; records are kept and sent when it is back.</source>
        <translation>Puna vazhdon; regjistrimet ruhen dhe dërgohen kur të kthehet lidhja.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub refused this station&apos;s token.</source>
        <translation>Serveri qendror refuzoi tokenin e këtij stacioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator for a new station token.</source>
        <translation>Kërkojini administratorit një token të ri për stacionin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub refused what this station asked for.</source>
        <translation>Serveri qendror refuzoi kërkesën e këtij stacioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the administrator what the hub said (in the details).</source>
        <translation>Tregojini administratorit përgjigjen e serverit qendror (te detajet).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This station&apos;s token belongs to {token_station}, but this bench calls itself {bench_station}.</source>
        <translation>Tokeni i këtij stacioni i përket {token_station}, por ky stacion quhet {bench_station}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the station name to {token_station} (inspector settings --set-station {token_station}) or ask the administrator for a token for {bench_station}.</source>
        <translation>Vendosni emrin e stacionit {token_station} (inspector settings --set-station {token_station}) ose kërkojini administratorit një token për {bench_station}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No hub is set up for this station.</source>
        <translation>Për këtë stacion nuk është konfiguruar server qendror.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hub_url and hub_token in the station settings.</source>
        <translation>Vendosni hub_url dhe hub_token në cilësimet e stacionit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hub refused a photo: its bytes did not match its hash.</source>
        <translation>Serveri qendror refuzoi një foto: të dhënat nuk përputhen me hash-in e saj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is sent again from the start.</source>
        <translation>Foto dërgohet përsëri nga fillimi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub&apos;s record of a photo gives another size than its file.</source>
        <translation>Regjistrimi i një fotoje në serverin qendror ka madhësi tjetër nga skedari i saj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is set aside; tell the administrator.</source>
        <translation>Foto lihet mënjanë; njoftoni administratorin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The hub refused a photo as too big.</source>
        <translation>Serveri qendror refuzoi një foto si shumë të madhe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to check the hub&apos;s photo size limit.</source>
        <translation>Kërkojini administratorit të kontrollojë kufirin e madhësisë së fotove në serverin qendror.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hub keeps no photos: they wait at this bench.</source>
        <translation>Serveri qendror nuk ruan foto: ato presin në këtë stacion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to start the hub with --photos DIR.</source>
        <translation>Kërkojini administratorit ta nisë serverin qendror me --photos DIR.</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/closed_days.py" line="+78"/>
        <source>The site&apos;s day {day} is already closed: report no. {number}, signed by {signer} at {at} (UTC).</source>
        <translation>Dita {day} e depos është mbyllur tashmë: raporti nr. {number}, nënshkruar nga {signer} më {at} (UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This station may not close the site&apos;s day: only a supervisor desk may. The administrator gives it the right with `inspector hub add-station {station} --site-view`.</source>
        <translation>Ky stacion nuk mund ta mbyllë ditën e depos: këtë mund ta bëjë vetëm posti i mbikëqyrësit. Administratori ia jep të drejtën me `inspector hub add-station {station} --site-view`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub did not close the day: {why}</source>
        <translation>Serveri qendror nuk e mbylli ditën: {why}</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/exports.py" line="+53"/>
        <source>Unknown export format {fmt}: choose {formats}.</source>
        <translation>Format eksporti i panjohur {fmt}: zgjidhni {formats}.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/inspections.py" line="-24"/>
        <source>That record belongs to station {station}: this desk holds a read-only copy.</source>
        <translation>Ky regjistrim i përket stacionit {station}: ky post mban vetëm një kopje për lexim.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../inspector/usecases/photos.py" line="+77"/>
        <source>That item is no longer on this bench.</source>
        <translation>Ky artikull nuk është më në këtë stacion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item is already finished.</source>
        <translation>Ky artikull është përfunduar tashmë.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../inspector/usecases/review.py" line="+271"/>
        <source>Grade {grade} is not on this site&apos;s scale ({scale}).</source>
        <translation>Kategoria {grade} nuk është në shkallën e kësaj depoje ({scale}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../inspector/usecases/review.py" line="+85"/>
        <source>Unknown disposition {code}.</source>
        <translation>Destinacion i panjohur {code}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the proposed disposition needs a reason.</source>
        <translation>Ndryshimi i destinacionit të propozuar kërkon një arsye.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A serial number is 1 to 64 characters.</source>
        <translation>Një numër serial ka 1 deri në 64 shenja.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Grade the item before completing it.</source>
        <translation>Vendosni kategorinë e artikullit para se ta përfundoni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item cannot be completed now.</source>
        <translation>Ky artikull nuk mund të përfundohet tani.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only an item of the parcel still open can be reopened.</source>
        <translation>Mund të rihapet vetëm një artikull i pakos që është ende e hapur.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/operators.py" line="-134"/>
        <source>Badge or PIN not recognised.</source>
        <translation>Kartë identifikimi ose PIN i panjohur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge {badge} is locked after too many wrong PINs. Try again in {seconds} s, or ask a supervisor to unlock it.</source>
        <translation>Karta {badge} u bllokua pas shumë PIN-eve të gabuara. Provoni përsëri pas {seconds} s, ose kërkojini një mbikëqyrësi ta zhbllokojë.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge {badge} is locked after too many wrong PINs. Try again in {minutes} min, or ask a supervisor to unlock it.</source>
        <translation>Karta {badge} u bllokua pas shumë PIN-eve të gabuara. Provoni përsëri pas {minutes} min, ose kërkojini një mbikëqyrësi ta zhbllokojë.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bench has not reached the hub since {since}; an operator deactivated since then may still sign in.</source>
        <translation>Ky stacion nuk është lidhur me serverin qendror që nga {since}; një operator i çaktivizuar që atëherë mund të hyjë ende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bench has not reached the hub yet; an operator deactivated at the hub may still sign in here.</source>
        <translation>Ky stacion nuk është lidhur ende me serverin qendror; një operator i çaktivizuar në serverin qendror mund të hyjë ende këtu.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Badge {badge} is already in use.</source>
        <translation>Karta {badge} është tashmë në përdorim.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/parcels.py" line="+100"/>
        <source>That parcel is no longer on this bench.</source>
        <translation>Kjo pako nuk është më në këtë stacion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That parcel is already finished.</source>
        <translation>Kjo pako është përfunduar tashmë.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown packaging condition {code}.</source>
        <translation>Gjendje e panjohur ambalazhi {code}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finish or cancel the item in hand before closing the parcel.</source>
        <translation>Përfundoni ose anuloni artikullin në dorë para se të mbyllni pakon.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/review.py" line="-221"/>
        <source>Only a supervisor can review and override inspections.</source>
        <translation>Vetëm mbikëqyrësi mund të shqyrtojë dhe korrigjojë inspektimet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write each day as YYYY-MM-DD, e.g. {example}.</source>
        <translation>Shkruani çdo datë si VVVV-MM-DD, p.sh. {example}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range ends ({last}) before it starts ({first}).</source>
        <translation>Periudha mbaron ({last}) para se të fillojë ({first}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only a completed inspection can be reviewed.</source>
        <translation>Mund të shqyrtohet vetëm një inspektim i përfunduar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An override needs a reason.</source>
        <translation>Korrigjimi kërkon një arsye.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You inspected this item yourself: another supervisor must approve, override or release it.</source>
        <translation>Këtë artikull e keni inspektuar vetë: një mbikëqyrës tjetër duhet ta miratojë, korrigjojë ose lirojë.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/outcome_override.py" line="+57"/>
        <location filename="../../inspector/usecases/review.py" line="+61"/>
        <location line="+23"/>
        <location line="+47"/>
        <source>The item already has that value.</source>
        <translation>Artikulli e ka tashmë këtë vlerë.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/review.py" line="-29"/>
        <source>This item has no paid price to deduct from.</source>
        <translation>Ky artikull nuk ka çmim të paguar nga i cili të bëhet zbritja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That deduction cannot be set: {why}</source>
        <translation>Kjo zbritje nuk mund të vendoset: {why}</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/outcome_override.py" line="-10"/>
        <source>Unknown outcome {code}.</source>
        <translation>Zgjidhje e panjohur: {code}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer named no item to exchange for.</source>
        <translation>Klienti nuk ka caktuar artikull për ndërrim.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/site_status.py" line="+64"/>
        <source>site as of {time}</source>
        <translation>gjendja e depos në {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} never heard from</source>
        <translation>{station}: asnjë sinjal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} last heard {time}</source>
        <translation>{station}: sinjali i fundit {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{said}; {station}</source>
        <translation>{said}; {station}</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/engine.py" line="+46"/>
        <source>The hub&apos;s answer acknowledged none of the records sent.</source>
        <translation>Përgjigjja e serverit qendror nuk konfirmoi asnjë nga regjistrimet e dërguara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the hub and the bench run matching versions.</source>
        <translation>Kontrolloni që serveri qendror dhe stacioni të kenë versione që përputhen.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/weighing_steps.py" line="-21"/>
        <source>{weight} on the scale: it is the parcel&apos;s if you scan its label now.</source>
        <translation>{weight} në peshore: do të jetë e pakos nëse skanoni tani etiketën e saj.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan a parcel or an item before typing its weight.</source>
        <translation>Skanoni një pako ose një artikull para se të shkruani peshën.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serial {serial}: not the one shipped.</source>
        <translation>Serial {serial}: nuk është ai që u dërgua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {serial} recorded.</source>
        <translation>Serial {serial} u regjistrua.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{weight} is not a weight the bench can record.</source>
        <translation>{weight} nuk është peshë që posti mund ta regjistrojë.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The item weighs {weight}: not what it should ({detail}).</source>
        <translation>Artikulli peshon {weight}: jo sa duhet ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item weighed: {weight}.</source>
        <translation>Artikulli u peshua: {weight}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parcel weighs {weight}: it may be empty ({detail}).</source>
        <translation>Pakoja peshon {weight}: mund të jetë bosh ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parcel weighs {weight}: not what its return&apos;s items should ({detail}).</source>
        <translation>Pakoja peshon {weight}: jo sa duhet të peshojnë artikujt e kthimit ({detail}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel weighed: {weight}.</source>
        <translation>Pakoja u peshua: {weight}.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/weighing.py" line="+42"/>
        <source>A weight must be between 1 g and {most} g.</source>
        <translation>Pesha duhet të jetë nga 1 g deri në {most} g.</translation>
    </message>
    <message>
        <location filename="../../inspector/domain/photo_rules.py" line="+61"/>
        <source>A photo is needed before completing: grade {grade}. Press F9, or drop a picture on the window.</source>
        <translation>Duhet një foto para përfundimit: kategoria {grade}. Shtypni F9, ose tërhiqni një foto në dritare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo is needed before completing: {finding}. Press F9, or drop a picture on the window.</source>
        <translation>Duhet një foto para përfundimit: {finding}. Shtypni F9, ose tërhiqni një foto në dritare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A photo is needed before completing: {flag}. Press F9, or drop a picture on the window.</source>
        <translation>Duhet një foto para përfundimit: {flag}. Shtypni F9, ose tërhiqni një foto në dritare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo is needed before completing: a deduction is kept back. Press F9, or drop a picture on the window.</source>
        <translation>Duhet një foto para përfundimit: mbahet një zbritje. Shtypni F9, ose tërhiqni një foto në dritare.</translation>
    </message>
    <message>
        <location filename="../../inspector/photos/imaging.py" line="+136"/>
        <source>This file is not a picture (JPEG, PNG or HEIC).</source>
        <translation>Ky skedar nuk është foto (JPEG, PNG ose HEIC).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This picture file is too big: {size} MB (at most {limit} MB).</source>
        <translation>Skedari i fotos është shumë i madh: {size} MB (jo më shumë se {limit} MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This picture has too many pixels ({pixels} million; at most {limit} million).</source>
        <translation>Foto ka shumë piksela ({pixels} milionë; jo më shumë se {limit} milionë).</translation>
    </message>
    <message>
        <location filename="../../inspector/photos/store.py" line="+31"/>
        <source>The disk is full: the photo was not saved.</source>
        <translation>Disku është plot: foto nuk u ruajt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space and press F9 again; the item stays in hand.</source>
        <translation>Lironi pak hapësirë dhe shtypni përsëri F9; artikulli mbetet në dorë.</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/photo_upload.py" line="+47"/>
        <source>The photo file on this bench is damaged or missing; it was not sent.</source>
        <translation>Skedari i fotos në këtë stacion është i dëmtuar ose mungon; nuk u dërgua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused the photo 3 times ({detail}).</source>
        <translation>Serveri qendror e refuzoi foton 3 herë ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub&apos;s record of the photo gives another size than its file ({detail}).</source>
        <translation>Regjistrimi i fotos në serverin qendror ka madhësi tjetër nga skedari i saj ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused the photo as too big ({detail}).</source>
        <translation>Serveri qendror e refuzoi foton si shumë të madhe ({detail}).</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/photos.py" line="+3"/>
        <source>That item was cancelled: it takes no photo.</source>
        <translation>Ai artikull u anulua: nuk merr foto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That damage is not recorded on this item.</source>
        <translation>Ky dëmtim nuk është regjistruar për këtë artikull.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That photo is not on this bench.</source>
        <translation>Ajo foto nuk është në këtë stacion.</translation>
    </message>
    <message>
        <location filename="../../ui/bench/photo_desk.py" line="+94"/>
        <source>The file {path} cannot be read.</source>
        <translation>Skedari {path} nuk lexohet.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No camera is set up at this bench. Drop a picture file on the window, or press Ctrl+O to choose one.</source>
        <translation>Në këtë stacion nuk është vendosur kamerë. Tërhiqni një skedar foto në dritare, ose shtypni Ctrl+O për të zgjedhur një.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No camera found. Drop a picture file on the window, or press Ctrl+O to choose one.</source>
        <translation>Nuk u gjet kamerë. Tërhiqni një skedar foto në dritare, ose shtypni Ctrl+O për të zgjedhur një.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The camera sent no picture. Press F9 again, or drop a picture file on the window.</source>
        <translation>Kamera nuk dërgoi foto. Shtypni përsëri F9, ose tërhiqni një skedar foto në dritare.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The camera&apos;s picture could not be read. Press F9 again.</source>
        <translation>Foto e kamerës nuk u lexua. Shtypni përsëri F9.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo could not be taken ({error}). Press F9 again.</source>
        <translation>Foto nuk u bë dot ({error}). Shtypni përsëri F9.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../inspector/demo/demo_sheet.py" line="+84"/>
        <source>inspector</source>
        <translation>inspektor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>supervisor</source>
        <translation>mbikëqyrës</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} · {role} · PIN {pin}</source>
        <translation>{name} · {role} · PIN {pin}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Sign in</source>
        <translation>1. Hyrja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, then type its PIN on the keyboard.</source>
        <translation>Skanoni një kartë identifikimi, pastaj shkruani PIN-in e saj në tastierë.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete the item</source>
        <translation>Përfundo artikullin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the item (or the parcel)</source>
        <translation>Anulo artikullin (ose pakon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {code}: {label}</source>
        <translation>Kategoria {code}: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disposition: {label} (bin {bin})</source>
        <translation>Destinacioni: {label} (koshi {bin})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo of the item (as F9)</source>
        <translation>Fotografoni artikullin (si F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint the last label</source>
        <translation>Riprinto etiketën e fundit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel done</source>
        <translation>Pakoja gati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Dalje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades can also be keyed 1-{count}. A disposition other than the proposed one asks for a reason.</source>
        <translation>Kategoria jepet edhe me tastet 1-{count}. Për një destinacion tjetër nga ai i propozuari kërkohet arsye.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Command cards</source>
        <translation>2. Kartela komandash</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post</source>
        <translation>Posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Korrieri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>i panjohur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} · reason: {reason} · delivered {delivered}</source>
        <translation>Porosia {order} · arsyeja: {reason} · dorëzimi: {delivered}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch: this return was cancelled upstream.</source>
        <translation>Kujdes: ky kthim u anulua në sistemin e porosive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch: this return was closed upstream.</source>
        <translation>Kujdes: ky kthim u mbyll në sistemin e porosive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch: delivered more than {days} days ago (outside the window).</source>
        <translation>Kujdes: dorëzuar më shumë se {days} ditë më parë (jashtë afatit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch: line {line} is {category}, not returnable.</source>
        <translation>Kujdes: rreshti {line} është {category}, nuk pranohet për kthim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel label ({carrier})</source>
        <translation>Etiketa e pakos ({carrier})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or the RMA label inside</source>
        <translation>…ose etiketa RMA brenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {description} · {price}</source>
        <translation>Rreshti {line}: {description} · {price}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} · serial {serial}</source>
        <translation>{what} · nr. serial {serial}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} · ×{count} without serial</source>
        <translation>{what} · ×{count} pa nr. serial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} · scan ×{count}</source>
        <translation>{what} · skanoni ×{count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3.{index} Parcel {rma}</source>
        <translation>3.{index} Pakoja {rma}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parcel with no return (unexpected)</source>
        <translation>Pako pa kthim (e papritur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item on no demo return (wrong item)</source>
        <translation>Artikull jashtë kthimeve demo (artikull i gabuar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In parcel {rma}: a serial that was not shipped</source>
        <translation>Në pakon {rma}: numër serial që nuk u dërgua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. Exceptions to try</source>
        <translation>4. Përjashtime për t&apos;u provuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of these goes to the supervisor&apos;s review.</source>
        <translation>Secili prej tyre shkon për shqyrtim te mbikëqyrësi.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Demo barcodes · page {page}</source>
        <translation>Barkode demo · faqja {page}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Return inspection bench: demo barcodes</source>
        <translation>Stacioni i inspektimit të kthimeve: barkode demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk the whole flow with a scanner: sign in (badge + PIN), scan a parcel, scan each item, grade it, tick damage, complete; at the end of the parcel scan &quot;Parcel done&quot;. Items show what the product itself carries.</source>
        <translation>Provoni gjithë procesin me skaner: hyni (kartë identifikimi + PIN), skanoni një pako, skanoni çdo artikull, vendosni kategorinë, shënoni dëmtimet, përfundoni; në fund të pakos skanoni „Pakoja gati”. Barkodet e artikujve janë ato që mban vetë produkti.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+23"/>
        <source>No return known for this parcel</source>
        <translation>Asnjë kthim i njohur për këtë pako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item: not on this return</source>
        <translation>Artikull i gabuar: nuk është në këtë kthim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than the return expects</source>
        <translation>Më shumë njësi nga sa pret kthimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial is not the one shipped</source>
        <translation>Numri serial nuk është ai që u dërgua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the return window</source>
        <translation>Jashtë afatit të kthimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category cannot be returned</source>
        <translation>Mall që nuk pranohet për kthim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction needs supervisor review</source>
        <translation>Zbritja kërkon shqyrtim nga mbikëqyrësi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition changed by hand</source>
        <translation>Destinacioni u ndryshua me dorë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return was cancelled or closed upstream</source>
        <translation>Kthimi u anulua ose u mbyll në sistemin e porosive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial scanned, the line lists serials</source>
        <translation>Nuk u skanua serial, rreshti ka numra serialë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for review: fraud signals</source>
        <translation>Mbahet për shqyrtim: sinjale mashtrimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel weight is off</source>
        <translation>Pesha e pakos nuk përputhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel looks empty</source>
        <translation>Pakoja duket bosh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the return missing from the parcel</source>
        <translation>Mungojnë në pako copë të kthimit</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../ui/kiosk/close_guard.py" line="+35"/>
        <source>Only a supervisor can close the bench</source>
        <translation>Vetëm mbikëqyrësi mund ta mbyllë stacionin</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../inspector/labels/captions.py" line="+15"/>
        <source>DISPOSITION</source>
        <translation>DESTINACIONI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>KOSHI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LICENSE PLATE</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITEM</source>
        <translation>ARTIKULLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GS1  (01) GTIN  (21) SERIAL  (10) LOT</source>
        <translation>GS1  (01) GTIN  (21) NR. SERIAL  (10) LOTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPERATOR</source>
        <translation>OPERATORI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATION</source>
        <translation>STACIONI</translation>
    </message>
</context>
<context>
    <name>match</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+29"/>
        <source>On the return</source>
        <translation>Në kthim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Artikull i gabuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra unit</source>
        <translation>Njësi shtesë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial mismatch</source>
        <translation>Serial i ndryshëm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial missing</source>
        <translation>Mungon seriali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No return</source>
        <translation>Pa kthim</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+13"/>
        <source>Refund</source>
        <translation>Rimbursim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Ndërrim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Kredi në dyqan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor decides</source>
        <translation>Vendos mbikëqyrësi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>Asgjë</translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+4"/>
        <source>Scan your badge to sign in</source>
        <translation>Skanoni kartën për të hyrë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your PIN and press Enter</source>
        <translation>Shkruani PIN-in dhe shtypni Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a parcel label or RMA number</source>
        <translation>Skanoni etiketën e pakos ose numrin RMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next item</source>
        <translation>Skanoni artikullin tjetër</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade, tick damage, complete</source>
        <translation>Kategorizoni, shënoni dëmtimet, përfundoni</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+5"/>
        <source>As new</source>
        <translation>Si i ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open box / like new</source>
        <translation>Kuti e hapur / si i ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>I përdorur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged / parts</source>
        <translation>I dëmtuar / për pjesë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsellable</source>
        <translation>I pashitshëm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact</source>
        <translation>I paprekur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dented / scuffed</source>
        <translation>Me gropa / i gërvishtur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torn / opened</source>
        <translation>I grisur / i hapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crushed (carrier)</source>
        <translation>I shtypur (korrieri)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet</source>
        <translation>I lagur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scratches / scuffs</source>
        <translation>Gërvishtje / fërkime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dents / cracks</source>
        <translation>Gropa / plasaritje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stains / odour</source>
        <translation>Njolla / erë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing accessory</source>
        <translation>Mungon aksesori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original packaging missing</source>
        <translation>Mungon ambalazhi origjinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of use</source>
        <translation>Shenja përdorimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hygiene seal broken</source>
        <translation>Vula higjienike e prishur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defective (does not work)</source>
        <translation>Defekt (nuk punon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We shipped the wrong item</source>
        <translation>Dërguam artikull të gabuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged in transit</source>
        <translation>Dëmtim gjatë transportit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to stock</source>
        <translation>Kthim në stok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open box</source>
        <translation>Kuti e hapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refurbish</source>
        <translation>Rinovim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to vendor</source>
        <translation>Kthim te furnitori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation</source>
        <translation>Likuidim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycling</source>
        <translation>Riciklim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine</source>
        <translation>Karantinë</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+31"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../inspector/reports/site_notes.py" line="+48"/>
        <source>Station</source>
        <translation>Stacioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+115"/>
        <source>Inspector</source>
        <translation>Inspektori</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="+62"/>
        <source>Outcomes per currency</source>
        <translation>Zgjidhjet sipas valutës</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Zgjidhja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Shuma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money held back for review</source>
        <translation>Para të mbajtura për shqyrtim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items held for review with no approval or outcome decided yet, and the money they would pay out.</source>
        <translation>Artikuj të mbajtur për shqyrtim, ende pa miratim ose zgjidhje, dhe paratë që do të paguanin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items held</source>
        <translation>Artikuj të mbajtur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount held</source>
        <translation>Shuma e mbajtur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fraud signals</source>
        <translation>Sinjalet e mashtrimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome mix</source>
        <translation>Përbërja e zgjidhjeve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal</source>
        <translation>Sinjali</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKUs with fraud signals (top {count})</source>
        <translation>SKU me sinjale mashtrimi ({count} të parët)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../inspector/reports/sections.py" line="-114"/>
        <location line="+123"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers with fraud signals (top {count})</source>
        <translation>Klientët me sinjale mashtrimi ({count} të parët)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="-123"/>
        <location line="+107"/>
        <source>Exceptions</source>
        <translation>Përjashtimet</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+79"/>
        <source>Grade</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+81"/>
        <source>Disposition</source>
        <translation>Destinacioni</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deduction</source>
        <translation>Zbritja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../inspector/reports/site_notes.py" line="+1"/>
        <source>Refund</source>
        <translation>Rimburs.</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/charts.py" line="+53"/>
        <location filename="../../inspector/reports/day_pdf.py" line="+82"/>
        <source>(none)</source>
        <translation>(asnjë)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Items completed per hour ({zone})</source>
        <translation>Artikuj të përfunduar sipas orës ({zone})</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+24"/>
        <source>{first} to {last}</source>
        <translation>nga {first} deri më {last}</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="-44"/>
        <location line="+23"/>
        <location filename="../../inspector/reports/sections.py" line="+22"/>
        <source>Items</source>
        <translation>Artikuj</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+2"/>
        <source>Day: {day} ({zone})</source>
        <translation>Dita: {day} ({zone})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations: {stations}</source>
        <translation>Stacionet: {stations}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated: {generated}</source>
        <translation>Krijuar: {generated}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day returns inspection report</source>
        <translation>Raporti ditor i inspektimit të kthimeve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals</source>
        <translation>Totalet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Pako</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deductions and refunds per currency</source>
        <translation>Zbritjet dhe rimbursimet sipas valutës</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="-22"/>
        <location filename="../../inspector/reports/sections.py" line="+5"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+0"/>
        <source>Deductions</source>
        <translation>Zbritjet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Rimbursimet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items by grade, disposition and reason found</source>
        <translation>Artikujt sipas kategorisë, destinacionit dhe arsyes së gjetur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason found</source>
        <translation>Arsyeja e gjetur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason stated by the customer beside the reason found</source>
        <translation>Arsyeja e deklaruar nga klienti përballë arsyes së gjetur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated reason differs from the reason found: {mismatches} of {items} items.</source>
        <translation>Arsyeja e deklaruar ndryshon nga ajo e gjetur: {mismatches} nga {items} artikuj.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stated</source>
        <translation>Deklaruar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Gjetur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts</source>
        <translation>Grafikët</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade mix</source>
        <translation>Ndarja sipas kategorisë</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disposition mix</source>
        <translation>Ndarja sipas destinacionit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason found mix</source>
        <translation>Ndarja sipas arsyes së gjetur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Throughput per inspector</source>
        <translation>Produktiviteti sipas inspektorit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Orë pune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per hour</source>
        <translation>Artikuj në orë</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most returned SKUs (top {count})</source>
        <translation>SKU-të më të kthyera ({count} të parat)</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="+36"/>
        <location filename="../../inspector/reports/sections.py" line="+2"/>
        <source>Description</source>
        <translation>Përshkrimi</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+7"/>
        <source>Damaged</source>
        <translation>Dëmtuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Përqindja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Damage by carrier and by packaging condition</source>
        <translation>Dëmtimet sipas korrierit dhe gjendjes së ambalazhit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>Korrieri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packaging</source>
        <translation>Ambalazhi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exceptions ({count})</source>
        <translation>Përjashtimet ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photos not received yet: {count}.</source>
        <translation>Foto që nuk kanë ardhur ende: {count}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signature</source>
        <translation>Nënshkrimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by (supervisor)</source>
        <translation>Shqyrtuar nga (mbikëqyrësi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (manager)</source>
        <translation>Miratuar nga (menaxheri)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-off</source>
        <translation>Nënshkrimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have reviewed the exceptions above and agree the totals of this report.</source>
        <translation>Kam shqyrtuar përjashtimet e mësipërme dhe jam dakord me totalet e këtij raporti.</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/site_notes.py" line="-3"/>
        <source>Closed day</source>
        <translation>Dita e mbyllur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Regjistrimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened</source>
        <translation>Ndodhur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Mbërritur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parcel receipt</source>
        <translation>pranim i pakos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item inspection</source>
        <translation>inspektim artikulli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection override</source>
        <translation>korrigjim inspektimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>i ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>ndryshuar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stations not heard from since before the end of this day (their records of the day may be missing): {stations}</source>
        <translation>Stacione pa kontakt që para fundit të kësaj dite (regjistrimet e tyre të ditës mund të mungojnë): {stations}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Late records for closed days ({count})</source>
        <translation>Regjistrime të vonuara për ditë të mbyllura ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of days already signed off that reached the hub after the signing. The signed reports stay as they were; each closed day&apos;s addendum lists its own.</source>
        <translation>Regjistrime të ditëve të mbyllura tashmë, që mbërritën në serverin qendror pas nënshkrimit. Raportet e nënshkruara mbeten siç ishin; shtojca e çdo dite të mbyllur rendit regjistrimet e veta.</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/day_pdf.py" line="+3"/>
        <source>Returns inspection · {period} · stations: {stations}</source>
        <translation>Inspektimi i kthimeve · {period} · stacionet: {stations}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page} · generated {generated}</source>
        <translation>Faqja {page} · krijuar {generated}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>End-of-day report {period}</source>
        <translation>Raporti ditor {period}</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/figures.py" line="+28"/>
        <location line="+1"/>
        <source>wrong item returned</source>
        <translation>kthyer artikull i gabuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no return on file</source>
        <translation>pa kthim të regjistruar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong item shipped</source>
        <translation>nisur artikull i gabuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defective</source>
        <translation>me defekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged in transit</source>
        <translation>dëmtim gjatë transportit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>used / opened</source>
        <translation>i përdorur / i hapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>damaged by customer</source>
        <translation>dëmtuar nga klienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>i paplotë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no fault found</source>
        <translation>nuk u gjet defekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none stated)</source>
        <translation>(pa arsye të deklaruar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(i panjohur)</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/photo_cells.py" line="+26"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo not received yet</source>
        <translation>foto ende pa ardhur</translation>
    </message>
</context>
<context>
    <name>role</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+4"/>
        <source>inspector</source>
        <translation>inspektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>mbikëqyrës</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>signals</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="-44"/>
        <source>Item swapped</source>
        <translation>Artikull i zëvendësuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight off</source>
        <translation>Pesha nuk përputhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty box</source>
        <translation>Kuti bosh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing items</source>
        <translation>Artikuj që mungojnë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worn, but returned as unused</source>
        <translation>I përdorur, por kthyer si i papërdorur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat returner</source>
        <translation>Klient që kthen shpesh</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <location filename="../../ui/kiosk/single_instance.py" line="+20"/>
        <source>The bench is already running on this data folder ({holder}). Switch to that window, or start with another --data-dir.</source>
        <translation>Stacioni po punon tashmë me këtë dosje të dhënash ({holder}). Kaloni te ajo dritare, ose nisni me një --data-dir tjetër.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Return inspection bench</source>
        <translation>Stacioni i inspektimit të kthimeve</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="+527"/>
        <source>never</source>
        <translation>asnjëherë</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Sinkronizo tani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: not set up</source>
        <translation>Sinkronizimi: i pakonfiguruar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: off</source>
        <translation>Sinkronizimi: fikur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hub_url and hub_token in the station settings.</source>
        <translation>Vendosni hub_url dhe hub_token në cilësimet e stacionit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: {n} pending</source>
        <translation>Sinkronizimi: {n} në pritje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} set aside</source>
        <translation>{n} të lëna mënjanë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last {when}</source>
        <translation>i fundit: {when}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending…</source>
        <translation>po dërgohet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>gabim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success: {when}</source>
        <translation>Suksesi i fundit: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error: {error}</source>
        <translation>Gabimi i fundit: {error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next try in {s} s</source>
        <translation>Provë e re pas {s} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records set aside by the hub wait for a supervisor: inspector sync --rejected</source>
        <translation>Regjistrimet që serveri qendror i la mënjanë gjatë sinkronizimit presin mbikëqyrësin: inspector sync --rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photos waiting: {n}</source>
        <translation>foto në pritje: {n}</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+471"/>
        <source>Sync failed unexpectedly; see the log.</source>
        <translation>Sinkronizimi dështoi papritur; shihni log-un.</translation>
    </message>
</context>
</TS>
