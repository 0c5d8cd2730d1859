<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>BenchClient</name>
    <message>
        <location filename="../../ui/bench/bench_client.py" line="+292"/>
        <source>The bench is still starting. Scan again in a moment.</source>
        <translation>Postul de lucru încă pornește. Scanați din nou peste un moment.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Internal error: {error}. The work so far is kept; tell your supervisor.</source>
        <translation>Eroare internă: {error}. Munca de până acum este păstrată; anunțați supervizorul.</translation>
    </message>
</context>
<context>
    <name>BenchWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+70"/>
        <source>Return inspection bench</source>
        <translation>Post de inspecție retururi</translation>
    </message>
    <message>
        <location filename="../../ui/bench/status_fields.py" line="+37"/>
        <source>Operator: {name} ({role})</source>
        <translation>Operator: {name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: signed out</source>
        <translation>Operator: neautentificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station: {station}</source>
        <translation>Post: {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {database}</source>
        <translation>Bază de date: {database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels waiting: {count}</source>
        <translation>Etichete în așteptare: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed yet, kept in the reprint queue. Printer: {printer} (Ctrl+Shift+P to change)</source>
        <translation>Încă netipărite, păstrate în coada de retipărire. Imprimantă: {printer} (Ctrl+Shift+P pentru schimbare)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+172"/>
        <source>1–5 grade · F1–F10 / Alt+9 damage · F9 photo · Ctrl+D disposition · Ctrl+N note · Ctrl+W weight · F12 complete · Esc cancel</source>
        <translation>1–5 notă · F1–F10 / Alt+9 defecte · F9 foto · Ctrl+D destinație · Ctrl+N notiță · Ctrl+W greutate · F12 finalizare · Esc anulare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan an item · Ctrl+P packaging · Ctrl+W parcel weight · F11 parcel done · Ctrl+L sign out</source>
        <translation>Scanați un articol · Ctrl+P ambalaj · Ctrl+W greutate colet · F11 colet gata · Ctrl+L ieșire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan a parcel · Ctrl+T type a code · Ctrl+L sign out</source>
        <translation>Scanați un colet · Ctrl+T tastați un cod · Ctrl+L ieșire</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database could not be opened: {error}</source>
        <translation>Baza de date nu a putut fi deschisă: {error}</translation>
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
        <translation>Anulare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/bench/camera_dialog.py" line="+28"/>
        <location line="+22"/>
        <source>Camera</source>
        <translation>Cameră</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The default camera</source>
        <translation>Camera implicită</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No camera (picture files only)</source>
        <translation>Fără cameră (doar fișiere foto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video file {path}</source>
        <translation>Fișier video {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera at this bench? Items that need a photo are completed with a picture file: drop it on the window, or press Ctrl+O.</source>
        <translation>Nu aveți cameră la acest post? Articolele care au nevoie de fotografie se finalizează cu un fișier foto: trageți-l pe fereastră sau apăsați Ctrl+O.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture size</source>
        <translation>Mărime foto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera&apos;s own</source>
        <translation>Cea a camerei</translation>
    </message>
</context>
<context>
    <name>CloseDayConfirm</name>
    <message>
        <location filename="../../ui/review/day_closing.py" line="+28"/>
        <source>Close the day</source>
        <translation>Închiderea zilei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign off the site&apos;s day {day} for every station? The hub keeps its report as it is now, numbered, and never changes it; records of that day that arrive later go into its addendum.</source>
        <translation>Semnați închiderea zilei {day} a depozitului pentru toate posturile? Serverul central păstrează raportul așa cum este acum, numerotat, și nu îl mai modifică niciodată; înregistrările din acea zi care sosesc mai târziu intră în anexa lui.</translation>
    </message>
</context>
<context>
    <name>DamageChecklist</name>
    <message>
        <location filename="../../ui/bench/damage_checklist.py" line="+69"/>
        <source>held for review</source>
        <translation>reținut pentru verificare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no deduction</source>
        <translation>fără reducere</translation>
    </message>
</context>
<context>
    <name>DayClosing</name>
    <message>
        <location filename="../../ui/review/day_closing.py" line="+28"/>
        <source>Close the day…</source>
        <translation>Închiderea zilei…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closing the site&apos;s day {day} at the hub…</source>
        <translation>Se închide ziua {day} a depozitului pe serverul central…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site&apos;s day {day} is closed: report no. {number}, signed by {signer}.</source>
        <translation>Ziua {day} a depozitului este închisă: raportul nr. {number}, semnat de {signer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not heard from since before the day ended: {stations}.</source>
        <translation>Posturi care nu au mai comunicat de dinainte de încheierea zilei: {stations}.</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../ui/common/day_field.py" line="+66"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Alegeți din calendar (Alt+Jos)</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../ui/bench/demo_data_dialog.py" line="+29"/>
        <source>Empty database</source>
        <translation>Bază de date goală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bench has no returns and no operators yet.</source>
        <translation>Acest post nu are încă retururi și nici operatori.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load demo data (operators, returns, parcels) to try the bench? Print the demo barcodes with: inspector demo-sheet -o sheet.pdf</source>
        <translation>Încărcați date demonstrative (operatori, retururi, colete) pentru a încerca postul? Tipăriți codurile de bare demonstrative cu: inspector demo-sheet -o sheet.pdf</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../ui/bench/demo_offer.py" line="+78"/>
        <source>Loading demo data…</source>
        <translation>Se încarcă datele demonstrative…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data loaded. Scan a demo badge to sign in.</source>
        <translation>Datele demonstrative au fost încărcate. Scanați un ecuson demonstrativ pentru autentificare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo data could not be loaded: {error}</source>
        <translation>Datele demonstrative nu au putut fi încărcate: {error}</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/bench/disposition_dialog.py" line="+53"/>
        <source>Change disposition</source>
        <translation>Schimbați destinația</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}   (proposed)</source>
        <translation>{label}   (propusă)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why? (needed when not the proposal)</source>
        <translation>De ce? (obligatoriu dacă nu este cea propusă)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does this unit go?  ↑ ↓ then Enter</source>
        <translation>Unde merge acest articol?  ↑ ↓ apoi Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a reason to leave the proposal</source>
        <translation>Scrieți un motiv pentru a schimba propunerea</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../ui/bench/evidence_actions.py" line="+25"/>
        <source>Scan a parcel or an item before typing its weight.</source>
        <translation>Scanați un colet sau un articol înainte de a-i introduce greutatea.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan an item first.</source>
        <translation>Scanați întâi un articol.</translation>
    </message>
</context>
<context>
    <name>ExpectedLinesModel</name>
    <message>
        <location filename="../../ui/bench/expected_lines_model.py" line="+83"/>
        <source>{count} inspected at {station}</source>
        <translation>inspectate la {station}: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {quantity}, {elsewhere}</source>
        <translation>prevăzute: {quantity}, {elsewhere}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{category}; {inspected} of {quantity} inspected</source>
        <translation>{category}; {inspected} din {quantity} inspectate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Articol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Buc.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Rămas</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/review/export_dialog.py" line="+48"/>
        <source>Save the export</source>
        <translation>Salvează exportul</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export inspections</source>
        <translation>Exportă inspecțiile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (foi de calcul)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (programs)</source>
        <translation>JSON (programe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every station</source>
        <translation>toate stațiile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose… (Ctrl+O)</source>
        <translation>Alege… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;De la</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Până la</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per completed item inspection, days from midnight to midnight at the site; times in the file are UTC. The file is written whole or not at all.</source>
        <translation>Un rând pentru fiecare inspecție de articol finalizată; zilele țin de la miezul nopții la miezul nopții, după ora depozitului; orele din fișier sunt în UTC. Fișierul se scrie întreg sau deloc.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Station</source>
        <translation>&amp;Stație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile</source>
        <translation>F&amp;ișier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
</context>
<context>
    <name>FileCamera</name>
    <message>
        <location filename="../../ui/bench/camera_source.py" line="+260"/>
        <source>No camera found: the video {path} is missing.</source>
        <translation>Nu s-a găsit nicio cameră: lipsește fișierul video {path}.</translation>
    </message>
</context>
<context>
    <name>GradePicker</name>
    <message>
        <location filename="../../ui/bench/grade_picker.py" line="+50"/>
        <source>Grade</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press 1–5</source>
        <translation>Apăsați 1–5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Press 1–{last}</source>
        <translation>Apăsați 1–{last}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not graded: press 1–{last}</source>
        <translation>Fără notă: apăsați 1–{last}</translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <location filename="../../ui/review/insight_view.py" line="+193"/>
        <source>Why things come back</source>
        <translation>De ce se returnează articolele</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Show (F5)</source>
        <translation>Afișare (F5)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Insight</source>
        <translation>Analiză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every station</source>
        <translation>Toate posturile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Returnate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Deteriorate</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Procent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packaging</source>
        <translation>Ambalaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated</source>
        <translation>Declarat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Constatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most returned SKUs</source>
        <translation>Cele mai returnate SKU-uri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stated reason beside the reason found</source>
        <translation>Motivul declarat față de motivul constatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage by carrier</source>
        <translation>Deteriorări în funcție de curier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damage by packaging condition</source>
        <translation>Deteriorări în funcție de starea ambalajului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site&apos;s flow</source>
        <translation>Fluxul depozitului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes and fraud signals</source>
        <translation>Soluționări și semnale de fraudă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{items} items. Stated reason differs from the reason found: {mismatch} ({share:.1f}%). Return-window violations: {late} ({late_share:.1f}%).</source>
        <translation>Articole: {items}. Motivul declarat diferă de cel constatat: {mismatch} ({share:.1f}%). Depășiri ale termenului de retur: {late} ({late_share:.1f}%).</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/bench/item_panel.py" line="+58"/>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Reduceri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Change…  Ctrl+D</source>
        <translation>Schimbați…  Ctrl+D</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Proposed</source>
        <translation>Propusă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Merge la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (Ctrl+N), Enter to keep</source>
        <translation>Notiță (Ctrl+N), Enter pentru a păstra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete  F12</source>
        <translation>Finalizare  F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel  Esc</source>
        <translation>Anulare  Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage found</source>
        <translation>Defecte constatate</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown item</source>
        <translation>Articol necunoscut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Greutate</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>held for review</source>
        <translation>reținut pentru verificare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed: {reason}</source>
        <translation>Schimbată: {reason}</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <location filename="../../ui/printing/label_actions.py" line="+25"/>
        <source>No label to show yet: complete an item first.</source>
        <translation>Încă nu există o etichetă de afișat: finalizați întâi un articol.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a supervisor can change the label printer.</source>
        <translation>Doar un supervizor poate schimba imprimanta de etichete.</translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="+40"/>
        <source>Label {plate}</source>
        <translation>Eticheta {plate}</translation>
    </message>
</context>
<context>
    <name>LabelQueue</name>
    <message>
        <location filename="../../ui/printing/label_queue.py" line="+139"/>
        <source>Label {plate} could not be made ({error}). It stays in the reprint queue; tell your supervisor.</source>
        <translation>Eticheta {plate} nu a putut fi generată ({error}). Rămâne în coada de retipărire; anunțați supervizorul.</translation>
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
        <translation>Reținut pentru verificare: risc {score} din {threshold}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk {score} of {threshold}</source>
        <translation>Risc {score} din {threshold}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk {score}</source>
        <translation>Risc {score}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/review/outcome_dialog.py" line="+62"/>
        <source>Decide the outcome</source>
        <translation>Decideți soluționarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {plate}</source>
        <translation>Articol {plate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: {outcome}</source>
        <translation>Acum: {outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held for review:</source>
        <translation>Reținut pentru verificare:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{outcome} → {sku}</source>
        <translation>{outcome} → {sku}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer gets</source>
        <translation>Clientul primește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the audit trail)</source>
        <translation>De ce? (se păstrează în istoricul de audit)</translation>
    </message>
</context>
<context>
    <name>OutcomeFraudPanel</name>
    <message>
        <location filename="../../ui/review/outcome_fraud_panel.py" line="+70"/>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Outcome</source>
        <translation>Soluționare</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items held</source>
        <translation>Articole reținute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount held</source>
        <translation>Sumă reținută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Semnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes per currency</source>
        <translation>Soluționări pe monedă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money held back for review</source>
        <translation>Bani reținuți pentru verificare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud signals by reason</source>
        <translation>Semnale de fraudă după motiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with fraud signals (top {count})</source>
        <translation>Clienți cu semnale de fraudă (primii {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs with fraud signals (top {count})</source>
        <translation>SKU cu semnale de fraudă (primele {count})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Items held for review: {count}</source>
        <translation>Articole reținute pentru verificare: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with a fraud signal: {count}</source>
        <translation>Articole cu semnal de fraudă: {count}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/review/override_dialog.py" line="+60"/>
        <source>Override grade</source>
        <translation>Modificare notă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override a deduction</source>
        <translation>Modificare reducere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override disposition</source>
        <translation>Modificare destinație</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New amount in {currency}</source>
        <translation>Suma nouă în {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the audit trail)</source>
        <translation>De ce? (se păstrează în istoricul de audit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {plate}</source>
        <translation>Articol {plate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Defect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition</source>
        <translation>Destinație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
</context>
<context>
    <name>PackagingDialog</name>
    <message>
        <location filename="../../ui/bench/packaging_dialog.py" line="+37"/>
        <source>Packaging condition</source>
        <translation>Starea ambalajului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outer packaging as it arrived:  ↑ ↓ then Enter</source>
        <translation>Ambalajul exterior la sosire:  ↑ ↓ apoi Enter</translation>
    </message>
</context>
<context>
    <name>ParcelPanel</name>
    <message>
        <location filename="../../ui/bench/parcel_panel.py" line="+165"/>
        <source>Parcel</source>
        <translation>Colet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parcel open.
Scan a parcel label or RMA number.</source>
        <translation>Niciun colet deschis.
Scanați eticheta coletului sau numărul RMA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>AWB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delivered</source>
        <translation>Livrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>Ambalaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packaging…  Ctrl+P</source>
        <translation>Ambalaj…  Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel done  F11</source>
        <translation>Colet gata  F11</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>none (unexpected return)</source>
        <translation>niciunul (retur neanunțat)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {expected} units</source>
        <translation>{done} din {expected} bucăți</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Weight: {weight}, typed</source>
        <translation>Greutate: {weight}, introdusă manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight: {weight}</source>
        <translation>Greutate: {weight}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <location filename="../../ui/bench/photo_actions.py" line="+103"/>
        <source>Scan an item first, then choose its picture.</source>
        <translation>Scanați mai întâi un articol, apoi alegeți fotografia lui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of the item</source>
        <translation>O fotografie a articolului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures ({patterns})</source>
        <translation>Fotografii ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a supervisor can change the camera.</source>
        <translation>Doar un supervizor poate schimba camera.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The camera settings could not be saved: {error}</source>
        <translation>Setările camerei nu au putut fi salvate: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera set: {camera}</source>
        <translation>Cameră setată: {camera}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scan an item first, then drop its picture.</source>
        <translation>Scanați mai întâi un articol, apoi trageți fotografia lui pe fereastră.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/bench/photo_strip.py" line="+120"/>
        <source>Photos: F9 the item · Ctrl+F1–F10 a finding · Shift+F9 remove the newest · Ctrl+O or drop a picture file</source>
        <translation>Fotografii: F9 articolul · Ctrl+F1–F10 un defect · Shift+F9 șterge ultima · Ctrl+O sau trageți un fișier foto</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Item</source>
        <translation>Articol</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/review/photo_strip.py" line="+62"/>
        <source>not at this desk yet</source>
        <translation>nu a ajuns încă aici</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../../ui/bench/photo_strip.py" line="-152"/>
        <source>Remove this photo (Shift+F9); Ctrl+Z brings it back</source>
        <translation>Ștergeți această fotografie (Shift+F9); Ctrl+Z o readuce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved</source>
        <translation>nesalvată</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/review/photo_viewer.py" line="+52"/>
        <source>Photos of {plate}</source>
        <translation>Fotografiile pentru {plate}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>not at this desk yet</source>
        <translation>nu a ajuns încă aici</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Photo {n} of {count}</source>
        <translation>Fotografia {n} din {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{photo}: {finding}</source>
        <translation>{photo}: {finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left/Right: other photos · Esc: close</source>
        <translation>Stânga/Dreapta: alte fotografii · Esc: închide</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="+97"/>
        <source>Label printer</source>
        <translation>Imprimantă de etichete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer (labels wait in the reprint queue)</source>
        <translation>Fără imprimantă (etichetele așteaptă în coada de retipărire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop printer (CUPS)</source>
        <translation>Imprimantă de birou (CUPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zebra printer on the network (raw TCP)</source>
        <translation>Imprimantă Zebra în rețea (TCP raw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>Imprimanta implicită a sistemului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (not installed)</source>
        <translation>{name} (neinstalată)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host name or IP address</source>
        <translation>nume de gazdă sau adresă IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimantă:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host:</source>
        <translation>&amp;Gazdă:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rezoluție:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the label when an item is &amp;completed</source>
        <translation>Tipărire etichetă la &amp;finalizarea unui articol</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Send labels to:</source>
        <translation>&amp;Trimitere etichete către:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label size:</source>
        <translation>&amp;Dimensiune etichetă:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the Zebra printer&apos;s host name or IP address.</source>
        <translation>Tastați numele de gazdă sau adresa IP a imprimantei Zebra.</translation>
    </message>
</context>
<context>
    <name>ReportPath</name>
    <message>
        <location filename="../../ui/review/day_report.py" line="+29"/>
        <source>Save the end-of-day PDF</source>
        <translation>Salvați PDF-ul de sfârșit de zi</translation>
    </message>
</context>
<context>
    <name>ReturnChoiceModel</name>
    <message>
        <location filename="../../ui/bench/return_choice_panel.py" line="+40"/>
        <source>Key</source>
        <translation>Tasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Linii</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Bucăți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livrat</translation>
    </message>
</context>
<context>
    <name>ReturnChoicePanel</name>
    <message>
        <location line="+96"/>
        <source>Which return is this parcel? Press its number, click its row, or scan its RMA label.</source>
        <translation>Cărui retur îi aparține coletul? Apăsați numărul lui, faceți clic pe rând sau scanați eticheta RMA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel  Esc</source>
        <translation>Anulare  Esc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1–{count} choose a return · Esc cancel</source>
        <translation>1–{count} alegeți returul · Esc anulare</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Returns of order {order}</source>
        <translation>Retururile comenzii {order}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/review/review_model.py" line="+39"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exceptions</source>
        <translation>Excepții</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition</source>
        <translation>Destinație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>Reducere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Soluționare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why held</source>
        <translation>De ce e reținut</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>open</source>
        <translation>deschisă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved</source>
        <translation>aprobată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overridden</source>
        <translation>modificată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}; your decision was refused</source>
        <translation>{state}; decizia dumneavoastră a fost respinsă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}; late for closed day {day} (no. {number})</source>
        <translation>{state}; sosită după închiderea zilei {day} (nr. {number})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held: {reasons}</source>
        <translation>Reținut: {reasons}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Reținut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub refused this bench&apos;s decision: {reason}</source>
        <translation>Serverul central a respins decizia acestui post: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/review/review_view.py" line="+177"/>
        <source>Supervisor review</source>
        <translation>Verificare supervizor</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="+43"/>
        <source>Cancel PDF (Esc)</source>
        <translation>Anulare PDF (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+1"/>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Aprobare (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every station</source>
        <translation>Toate posturile</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Grade (Ctrl+G)</source>
        <translation>Notă (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction (Ctrl+K)</source>
        <translation>Reducere (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition (Ctrl+D)</source>
        <translation>Destinație (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome… (Ctrl+O)</source>
        <translation>Soluționare… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Reîmprospătare (F5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-day PDF (Ctrl+E)</source>
        <translation>PDF de sfârșit de zi (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export… (Ctrl+Shift+E)</source>
        <translation>Export… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why things come back (Ctrl+I)</source>
        <translation>De ce se returnează articolele (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="-19"/>
        <source>Report &amp;language</source>
        <translation>&amp;Limba raportului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the end-of-day PDF</source>
        <translation>Limba PDF-ului de sfârșit de zi</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+4"/>
        <source>Day</source>
        <translation>Ziua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{count} exception(s), {open} still open</source>
        <translation>Excepții: {count}, încă deschise: {open}</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="+44"/>
        <source>Saved {path}</source>
        <translation>Salvat: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF was cancelled; nothing was saved.</source>
        <translation>PDF-ul a fost anulat; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+134"/>
        <source>Cancel export (Esc)</source>
        <translation>Anulează exportul (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to {path}…</source>
        <translation>Se exportă în {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {count} item inspection(s) to {path}</source>
        <translation>S-au exportat {count} inspecții de articole în {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Exportul a fost anulat; nu s-a salvat nimic.</translation>
    </message>
</context>
<context>
    <name>ScaleBridge</name>
    <message>
        <location filename="../../ui/bench/scale_bridge.py" line="+54"/>
        <source>The scale on {port} cannot be read. Check its cable; until it is back, type weights with Ctrl+W.</source>
        <translation>Cântarul de pe {port} nu poate fi citit. Verificați cablul; până revine, introduceți greutățile cu Ctrl+W.</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/bench/scan_bar.py" line="+49"/>
        <source>Scan</source>
        <translation>Scanare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner input appears here · Ctrl+T to type a code</source>
        <translation>Aici apare ce citește scanerul · Ctrl+T pentru a tasta un cod</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>working… {count} queued</source>
        <translation>se lucrează… {count} în așteptare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working…</source>
        <translation>se lucrează…</translation>
    </message>
</context>
<context>
    <name>SerialDialog</name>
    <message>
        <location filename="../../ui/bench/serial_dialog.py" line="+33"/>
        <source>Serial number</source>
        <translation>Număr de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number of the item in hand (type it, or scan it here):</source>
        <translation>Numărul de serie al articolului curent (tastați-l sau scanați-l aici):</translation>
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
        <translation>Scanare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
</context>
<context>
    <name>ShiftLogPanel</name>
    <message>
        <location filename="../../ui/bench/shift_log_panel.py" line="+51"/>
        <source>This shift: {count} scans</source>
        <translation>Tura aceasta: {count} scanări</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/bench/sign_in_view.py" line="+56"/>
        <source>Return inspection</source>
        <translation>Inspecția retururilor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge {badge}: type your PIN and press Enter</source>
        <translation>Ecuson {badge}: tastați PIN-ul și apăsați Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc: scan a different badge</source>
        <translation>Esc: scanați alt ecuson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan your badge to sign in</source>
        <translation>Scanați ecusonul pentru autentificare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station {station}</source>
        <translation>Post {station}</translation>
    </message>
</context>
<context>
    <name>SiteFlowPanel</name>
    <message>
        <location filename="../../ui/review/site_flow_panel.py" line="+72"/>
        <source>Waiting</source>
        <translation>Așteaptă de</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Station</source>
        <translation>Post</translation>
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
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exceptions</source>
        <translation>Excepții</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Finalizat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Colete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest waiting</source>
        <translation>Cea mai lungă așteptare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Median</source>
        <translation>Mediană</translation>
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
        <translation>Recepție–stoc, mediană</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Ore lucrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per hour</source>
        <translation>Articole pe oră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Posturi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open holds, oldest first</source>
        <translation>Articole reținute nerezolvate, cele mai vechi primele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog: parcels received, not yet inspected</source>
        <translation>Restanțe: colete primite, încă neinspectate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock to stock per station (parcel received to item completed)</source>
        <translation>Timp recepție–stoc pe post (de la primirea coletului la finalizarea articolului)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per inspector, across the benches they worked at: dock to stock and items per hour</source>
        <translation>Pe inspector, la toate posturile la care a lucrat: timp recepție–stoc și articole pe oră</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours worked are active time: the stretches from one parcel or item to the next, with gaps of more than 15 minutes left out as breaks.</source>
        <translation>Orele lucrate sunt timp activ: intervalele de la un colet sau articol la următorul, fără golurile de peste 15 minute, socotite pauze.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} d {hours} h</source>
        <translation>{days} z {hours} h</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>As of {time} on {day} ({zone}), by this desk&apos;s records. Holds and backlog: what is open now, from {since}; dock to stock and items per hour: items completed {first} to {last}.</source>
        <translation>La ora {time} din {day} ({zone}), după înregistrările acestui post de supervizare. Articole reținute și restanțe: ce este deschis acum, începând cu {since}; timp recepție–stoc și articole pe oră: articolele finalizate între {first} și {last}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open holds: none</source>
        <translation>Articole reținute: niciunul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open holds: {count}, the oldest waiting {age}</source>
        <translation>Articole reținute: {count}, cel mai vechi așteaptă de {age}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcels not yet inspected: none</source>
        <translation>Colete încă neinspectate: niciunul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels not yet inspected: {count} (stations with a backlog: {stations})</source>
        <translation>Colete încă neinspectate: {count} (posturi cu restanțe: {stations})</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../ui/review/supervisor_actions.py" line="+27"/>
        <source>Only a supervisor can review and override inspections.</source>
        <translation>Doar un supervizor poate verifica și modifica inspecțiile.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only a supervisor can unlock a badge.</source>
        <translation>Doar un supervizor poate debloca un ecuson.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/review/insight_view.py" line="-212"/>
        <source>Items per day (bars), exceptions per day (line)</source>
        <translation>Articole pe zi (bare), excepții pe zi (linie)</translation>
    </message>
</context>
<context>
    <name>UnlockBadgeDialog</name>
    <message>
        <location filename="../../ui/bench/unlock_badge_dialog.py" line="+33"/>
        <source>Unlock a badge</source>
        <translation>Deblocarea unui ecuson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OP-1234</source>
        <translation>OP-1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the badge locked by wrong PINs, or type it, then Enter.</source>
        <translation>Scanați ecusonul blocat din cauza PIN-urilor greșite sau tastați-l, apoi Enter.</translation>
    </message>
</context>
<context>
    <name>UvcCamera</name>
    <message>
        <location filename="../../ui/bench/camera_source.py" line="-114"/>
        <source>No camera found. Plug in the camera, or drop a picture file on the window.</source>
        <translation>Nu s-a găsit nicio cameră. Conectați camera sau trageți un fișier foto pe fereastră.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The camera was unplugged. Plug it back in, or drop a picture file on the window.</source>
        <translation>Camera a fost deconectată. Conectați-o din nou sau trageți un fișier foto pe fereastră.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera stopped working ({message}). Drop a picture file on the window, or ask a supervisor to check the camera (Ctrl+Shift+C).</source>
        <translation>Camera nu mai funcționează ({message}). Trageți un fișier foto pe fereastră sau cereți unui supervizor să verifice camera (Ctrl+Shift+C).</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <location filename="../../ui/bench/weight_dialog.py" line="+40"/>
        <source>Weight</source>
        <translation>Greutate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the item in hand weighs:</source>
        <translation>Cât cântărește articolul curent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the parcel weighs, as received:</source>
        <translation>Cât cântărește coletul, așa cum a sosit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grams (1234), or with a unit: 1.234 kg, 2.7 lb</source>
        <translation>grame (1234) sau cu unitate: 1.234 kg, 2.7 lb</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a weight</source>
        <translation>Nu este o greutate</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+129"/>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <location filename="../../inspector/bench/label_steps.py" line="+24"/>
        <source>Label {plate} was not printed. {problem}</source>
        <translation>Eticheta {plate} nu a fost tipărită. {problem}</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+178"/>
        <source>Type your PIN, or scan your badge again.</source>
        <translation>Tastați PIN-ul sau scanați din nou ecusonul.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/photo_steps.py" line="+50"/>
        <source>The photo is kept and will be recorded: {problem}</source>
        <translation>Fotografia este păstrată și va fi înregistrată: {problem}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{finding} is not a finding here.</source>
        <translation>{finding} nu este un defect definit aici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking a photo of {description}…</source>
        <translation>Se face fotografia pentru {description}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking a photo of {finding}…</source>
        <translation>Se face fotografia pentru {finding}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../inspector/bench/session.py" line="+1"/>
        <source>Sign in first: scan your badge.</source>
        <translation>Autentificați-vă întâi: scanați ecusonul.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Photo saved.</source>
        <translation>Fotografie salvată.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo of {finding} saved.</source>
        <translation>Fotografia pentru {finding} a fost salvată.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A photo kept for recording was dropped: {problem}</source>
        <translation>S-a renunțat la o fotografie păstrată pentru înregistrare: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This item&apos;s photo is not recorded yet, so it cannot be completed: {problem}</source>
        <translation>Fotografia acestui articol nu este încă înregistrată, deci articolul nu poate fi finalizat: {problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This item has no photo to remove.</source>
        <translation>Acest articol nu are nicio fotografie de șters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo removed. Ctrl+Z brings it back.</source>
        <translation>Fotografie ștearsă. Ctrl+Z o readuce.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo brought back.</source>
        <translation>Fotografie readusă.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+11"/>
        <source>No item with label {plate} on this bench.</source>
        <translation>Niciun articol cu eticheta {plate} la acest post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{plate}: {description}, grade {grade}, {disposition} to bin {bin} ({status}).</source>
        <translation>{plate}: {description}, nota {grade}, {disposition} în locația {bin} ({status}).</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/sign_in.py" line="+78"/>
        <source>Finish or cancel the item in hand before another operator signs in.</source>
        <translation>Finalizați sau anulați articolul curent înainte ca alt operator să se autentifice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge {badge}: type your PIN and press Enter.</source>
        <translation>Ecuson {badge}: tastați PIN-ul și apăsați Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan your badge first.</source>
        <translation>Scanați întâi ecusonul.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in: {name}.</source>
        <translation>Autentificat: {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: {name}. {warning}</source>
        <translation>Autentificat: {name}. {warning}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../inspector/usecases/operators.py" line="+167"/>
        <source>Only a supervisor can unlock a badge.</source>
        <translation>Doar un supervizor poate debloca un ecuson.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{text}&quot; is not a badge: scan the badge to unlock.</source>
        <translation>„{text}” nu este un ecuson: scanați ecusonul de deblocat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge {badge} unlocked: it can sign in again.</source>
        <translation>Ecusonul {badge} a fost deblocat: se poate autentifica din nou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge {badge} was not locked.</source>
        <translation>Ecusonul {badge} nu era blocat.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Signed out: idle for {minutes} min. The item in hand is kept and resumes at the next sign-in.</source>
        <translation>Ieșire automată după {minutes} min de inactivitate. Articolul curent este păstrat și se reia la următoarea autentificare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out: idle for {minutes} min. An open parcel resumes at the next sign-in.</source>
        <translation>Ieșire automată după {minutes} min de inactivitate. Un colet deschis se reia la următoarea autentificare.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="+54"/>
        <source>Resumed the parcel left open at this bench.</source>
        <translation>S-a reluat coletul lăsat deschis la acest post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish (F12) or cancel (Esc) the item in hand before the next parcel.</source>
        <translation>Finalizați (F12) sau anulați (Esc) articolul curent înainte de coletul următor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{rma} is the parcel open now: scan its items, or press F11 when it is done.</source>
        <translation>{rma} este coletul deschis acum: scanați articolele lui sau apăsați F11 când ați terminat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No return found for this parcel: received as an unexpected return.</source>
        <translation>Niciun retur găsit pentru acest colet: primit ca retur neanunțat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rma}: {warnings}</source>
        <translation>{rma}: {warnings}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rma}, order {order}: scan the first item.</source>
        <translation>{rma}, comanda {order}: scanați primul articol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order {order} has more than {count} open returns: scan the RMA label.</source>
        <translation>Comanda {order} are peste {count} retururi deschise: scanați eticheta RMA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order {order} has {count} open returns: press 1-{count} or scan the RMA label.</source>
        <translation>Comanda {order} are {count} retururi deschise: apăsați 1-{count} sau scanați eticheta RMA.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No returns to choose from.</source>
        <translation>Niciun retur de ales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press 1-{count} to choose a return, or scan the RMA label.</source>
        <translation>Apăsați 1-{count} pentru a alege returul sau scanați eticheta RMA.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+12"/>
        <source>Scan the parcel (tracking or RMA label) before its items.</source>
        <translation>Scanați coletul (AWB sau eticheta RMA) înaintea articolelor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade the item in hand (keys 1-5) or cancel it (Esc) before the next.</source>
        <translation>Notați articolul curent (tastele 1-5) sau anulați-l (Esc) înainte de următorul.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{description}: {problems}</source>
        <translation>{description}: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{description}: grade it (1-5).</source>
        <translation>{description}: dați o notă (1-5).</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/photo_steps.py" line="-113"/>
        <location filename="../../inspector/bench/session.py" line="+20"/>
        <location filename="../../inspector/bench/weighing_steps.py" line="+87"/>
        <source>Scan an item first.</source>
        <translation>Scanați întâi un articol.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+17"/>
        <source>Grade {grade}.</source>
        <translation>Nota {grade}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key {key} is not a grade here.</source>
        <translation>Tasta {key} nu este o notă aici.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{finding}: recorded.</source>
        <translation>{finding}: înregistrat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finding}: removed.</source>
        <translation>{finding}: eliminat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disposition: {disposition}.</source>
        <translation>Destinație: {disposition}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note saved.</source>
        <translation>Notița a fost salvată.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../inspector/usecases/inspections.py" line="+139"/>
        <source>Scan a parcel first.</source>
        <translation>Scanați întâi un colet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packaging condition recorded.</source>
        <translation>Starea ambalajului a fost înregistrată.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: {description}, grade {grade}, {disposition} to bin {bin}.</source>
        <translation>Gata: {description}, nota {grade}, {disposition} în locația {bin}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done} {problem}</source>
        <translation>{done} {problem}</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="-10"/>
        <source>No return chosen: scan the RMA label or the tracking number.</source>
        <translation>Niciun retur ales: scanați eticheta RMA sau AWB-ul.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+19"/>
        <source>Item cancelled; nothing was recorded for it.</source>
        <translation>Articol anulat; nu s-a înregistrat nimic pentru el.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item in hand. To finish the parcel scan PARCEL DONE.</source>
        <translation>Niciun articol în lucru. Pentru a încheia coletul scanați COLET GATA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to cancel.</source>
        <translation>Nimic de anulat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to undo.</source>
        <translation>Nimic de refăcut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopened {description}.</source>
        <translation>Redeschis: {description}.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="+30"/>
        <source>No parcel open.</source>
        <translation>Niciun colet deschis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../inspector/usecases/inspections.py" line="+2"/>
        <source>Finish or cancel the item in hand first.</source>
        <translation>Finalizați sau anulați întâi articolul curent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parcel done: {count} item(s). Scan the next parcel.</source>
        <translation>Colet gata: {count} articol(e). Scanați coletul următor.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/label_steps.py" line="+21"/>
        <source>No label to reprint yet.</source>
        <translation>Încă nu există o etichetă de retipărit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No label printer is set up at this station; label {plate} was not printed.</source>
        <translation>Nicio imprimantă de etichete configurată la acest post; eticheta {plate} nu a fost tipărită.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing label {plate}…</source>
        <translation>Se tipărește eticheta {plate}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{found} {printing}</source>
        <translation>{found} {printing}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Label {plate} printed.</source>
        <translation>Eticheta {plate} a fost tipărită.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Label printing is not available at this bench.</source>
        <translation>Tipărirea etichetelor nu este disponibilă la acest post.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Only a supervisor can change the label printer.</source>
        <translation>Doar un supervizor poate schimba imprimanta de etichete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label printer: {printer}. Labels waiting: {count}.</source>
        <translation>Imprimantă de etichete: {printer}. Etichete în așteptare: {count}.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+12"/>
        <source>A new site policy came from the hub but could not be read; the bench keeps the one it has.</source>
        <translation>A sosit de la hub o politică nouă a depozitului, dar nu a putut fi citită; postul o păstrează pe cea pe care o are.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site policy was updated from the hub; it applies from the next item.</source>
        <translation>Politica depozitului a fost actualizată de la hub; se aplică de la următorul articol.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/sign_in.py" line="-28"/>
        <source>Finish or cancel the item in hand before signing out.</source>
        <translation>Finalizați sau anulați articolul curent înainte de ieșire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out. An open parcel resumes at the next sign-in.</source>
        <translation>Ați ieșit. Un colet deschis se reia la următoarea autentificare.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+6"/>
        <source>Not on this return (wrong item).</source>
        <translation>Nu este pe acest retur (articol greșit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than the return expects.</source>
        <translation>Mai multe bucăți decât prevede returul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number is not the one shipped.</source>
        <translation>Numărul de serie nu este cel expediat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial number scanned: type it with Ctrl+Shift+S.</source>
        <translation>Niciun număr de serie scanat: introduceți-l cu Ctrl+Shift+S.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel has no return.</source>
        <translation>Coletul nu are retur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the return window.</source>
        <translation>În afara termenului de retur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-returnable category.</source>
        <translation>Categorie care nu se poate returna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return is not open upstream.</source>
        <translation>Returul nu mai este deschis în sistemul central.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/views.py" line="+62"/>
        <source>No return is known for this parcel: it is received as an unexpected return.</source>
        <translation>Nu se cunoaște niciun retur pentru acest colet: este primit ca retur neanunțat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was cancelled or closed upstream: check with a supervisor.</source>
        <translation>Acest retur a fost anulat sau închis în sistemul central: verificați cu un supervizor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received after the return window closed.</source>
        <translation>Primit după expirarea termenului de retur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel does not weigh what the return&apos;s items should.</source>
        <translation>Coletul nu cântărește cât ar trebui articolele din retur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel weighs hardly more than its packaging: it may be empty.</source>
        <translation>Coletul cântărește abia cât ambalajul: poate fi gol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the return were not in this parcel.</source>
        <translation>Unele bucăți din retur nu erau în acest colet.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>chosen by a supervisor</source>
        <translation>ales de supervizor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>deductions waived, +{bonus}%</source>
        <translation>fără reduceri, +{bonus}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deductions waived</source>
        <translation>fără reduceri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after deductions, +{bonus}%</source>
        <translation>după reduceri, +{bonus}%</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>if the grade allows it</source>
        <translation>dacă nota o permite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exchange asked; it needs grade {lowest} or better</source>
        <translation>s-a cerut schimb; necesită nota {lowest} sau mai bună</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a supervisor decides</source>
        <translation>decide supervizorul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not refundable</source>
        <translation>fără rambursare</translation>
    </message>
    <message>
        <location filename="../../inspector/scans/errors.py" line="+71"/>
        <source>The scan was empty. Scan the barcode again.</source>
        <translation>Scanarea a fost goală. Scanați din nou codul de bare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan is too long ({length} characters, at most {limit}). Scan one barcode at a time.</source>
        <translation>Scanarea este prea lungă ({length} caractere, cel mult {limit}). Scanați câte un cod de bare pe rând.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan &quot;{scan}&quot; contains hidden control characters. Rescan; if it happens again, ask a supervisor to check the scanner settings.</source>
        <translation>Scanarea „{scan}” conține caractere de control ascunse. Scanați din nou; dacă se repetă, cereți unui supervizor să verifice setările scanerului.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan &quot;{scan}&quot; could not be read: the scanner sent broken characters. Scan the barcode again.</source>
        <translation>Scanarea „{scan}” nu a putut fi citită: scanerul a trimis caractere deteriorate. Scanați din nou codul de bare.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check digit does not match: {value} is not a valid {formats}. Rescan the barcode.</source>
        <translation>Cifra de control nu se potrivește: {value} nu este un {formats} valid. Scanați din nou codul de bare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This GS1 barcode cannot be read: {problem}. Rescan the barcode or type the number printed under it.</source>
        <translation>Acest cod de bare GS1 nu poate fi citit: {problem}. Scanați din nou sau tastați numărul tipărit sub el.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command barcode &quot;{scan}&quot;. Use the command card at your bench.</source>
        <translation>Cod de comandă necunoscut „{scan}”. Folosiți cardul de comenzi de la post.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{scan}&quot; is not a barcode this bench knows{hint}. Scan the parcel label, the item barcode or a bench card.</source>
        <translation>„{scan}” nu este un cod de bare cunoscut la acest post{hint}. Scanați eticheta coletului, codul articolului sau un card de comenzi.</translation>
    </message>
    <message>
        <location filename="../../inspector/storage/database.py" line="+29"/>
        <source>This database was made by a newer version of the program, which this version cannot read; it was not changed.</source>
        <translation>Această bază de date a fost creată de o versiune mai nouă a programului și nu poate fi citită de această versiune; nu a fost modificată.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer version again, or restore a backup made before it (inspector restore FILE).</source>
        <translation>Instalați din nou versiunea mai nouă sau restaurați o copie de siguranță făcută înainte de ea (inspector restore FILE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database is busy (locked by another program).</source>
        <translation>Baza de date este ocupată (blocată de alt program).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a moment and try again; nothing was lost.</source>
        <translation>Așteptați puțin și încercați din nou; nu s-a pierdut nimic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>Discul este plin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space; nothing was lost.</source>
        <translation>Eliberați spațiu; nu s-a pierdut nimic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk could not be read or written.</source>
        <translation>Discul nu a putut fi citit sau scris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk; nothing was lost.</source>
        <translation>Verificați discul; nu s-a pierdut nimic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be opened.</source>
        <translation>Fișierul bazei de date nu poate fi deschis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data folder exists and is writable.</source>
        <translation>Verificați că dosarul de date există și permite scrierea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is read-only.</source>
        <translation>Baza de date este doar pentru citire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the permissions of the data folder.</source>
        <translation>Verificați permisiunile dosarului de date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged or is not a bench database.</source>
        <translation>Fișierul bazei de date este deteriorat sau nu este o bază de date a postului.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it from a backup, or choose another data folder.</source>
        <translation>Restaurați-l dintr-o copie de siguranță sau alegeți alt dosar de date.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/inspections.py" line="-24"/>
        <source>That record belongs to station {station}: this desk holds a read-only copy.</source>
        <translation>Înregistrarea aparține postului {station}: acest post de supervizare are doar o copie, care nu poate fi modificată.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../inspector/usecases/photos.py" line="+77"/>
        <source>That item is no longer on this bench.</source>
        <translation>Articolul nu mai este la acest post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item is already finished.</source>
        <translation>Articolul este deja finalizat.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../inspector/usecases/review.py" line="+271"/>
        <source>Grade {grade} is not on this site&apos;s scale ({scale}).</source>
        <translation>Nota {grade} nu este pe scala acestui depozit ({scale}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../inspector/usecases/review.py" line="+85"/>
        <source>Unknown disposition {code}.</source>
        <translation>Destinație necunoscută {code}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the proposed disposition needs a reason.</source>
        <translation>Schimbarea destinației propuse necesită un motiv.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A serial number is 1 to 64 characters.</source>
        <translation>Un număr de serie are între 1 și 64 de caractere.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Grade the item before completing it.</source>
        <translation>Dați o notă articolului înainte de a-l finaliza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item cannot be completed now.</source>
        <translation>Articolul nu poate fi finalizat acum.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only an item of the parcel still open can be reopened.</source>
        <translation>Se poate redeschide doar un articol din coletul încă deschis.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/operators.py" line="-133"/>
        <source>Badge {badge} is locked after too many wrong PINs. Try again in {seconds} s, or ask a supervisor to unlock it.</source>
        <translation>Ecusonul {badge} este blocat după prea multe PIN-uri greșite. Încercați din nou peste {seconds} s sau cereți unui supervizor să-l deblocheze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge {badge} is locked after too many wrong PINs. Try again in {minutes} min, or ask a supervisor to unlock it.</source>
        <translation>Ecusonul {badge} este blocat după prea multe PIN-uri greșite. Încercați din nou peste {minutes} min sau cereți unui supervizor să-l deblocheze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bench has not reached the hub since {since}; an operator deactivated since then may still sign in.</source>
        <translation>Acest post nu a mai comunicat cu serverul central din {since}; un operator dezactivat între timp se poate încă autentifica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bench has not reached the hub yet; an operator deactivated at the hub may still sign in here.</source>
        <translation>Acest post nu a comunicat încă niciodată cu serverul central; un operator dezactivat pe serverul central se poate încă autentifica aici.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Badge {badge} is already in use.</source>
        <translation>Ecusonul {badge} este deja folosit.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Badge or PIN not recognised.</source>
        <translation>Ecuson sau PIN nerecunoscut.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/parcels.py" line="+100"/>
        <source>That parcel is no longer on this bench.</source>
        <translation>Coletul nu mai este la acest post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That parcel is already finished.</source>
        <translation>Coletul este deja finalizat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown packaging condition {code}.</source>
        <translation>Stare de ambalaj necunoscută {code}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finish or cancel the item in hand before closing the parcel.</source>
        <translation>Finalizați sau anulați articolul curent înainte de a închide coletul.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/labels_at_bench.py" line="+118"/>
        <source>The station settings could not be saved.</source>
        <translation>Setările postului nu au putut fi salvate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk space and the data folder&apos;s permissions, then try again.</source>
        <translation>Verificați spațiul pe disc și permisiunile dosarului de date, apoi încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/jobs.py" line="+75"/>
        <source>Unknown label size {size}.</source>
        <translation>Dimensiune de etichetă necunoscută {size}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {plate} was cancelled; it gets no label.</source>
        <translation>Articolul {plate} a fost anulat; nu primește etichetă.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That label is no longer waiting to be printed.</source>
        <translation>Eticheta nu mai așteaptă să fie tipărită.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/label_source.py" line="+21"/>
        <source>No item with label or id {ref} on this bench.</source>
        <translation>Niciun articol cu eticheta sau ID-ul {ref} la acest post.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/problems.py" line="+11"/>
        <source>The label is kept in the reprint queue; the inspection is saved.</source>
        <translation>Eticheta rămâne în coada de retipărire; inspecția este salvată.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No label printer is set up at this station.</source>
        <translation>Nicio imprimantă de etichete configurată la acest post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to choose one in the station settings.</source>
        <translation>Cereți unui administrator să aleagă una în setările postului.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label printer {where} refused the connection.</source>
        <translation>Imprimanta de etichete {where} a refuzat conexiunea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on, online and set to raw port 9100.</source>
        <translation>Verificați că este pornită, conectată și setată pe portul raw 9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer {where} did not answer in time.</source>
        <translation>Imprimanta de etichete {where} nu a răspuns la timp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check its power and network cable, then reprint.</source>
        <translation>Verificați alimentarea și cablul de rețea, apoi retipăriți.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer {where} cannot be reached ({detail}).</source>
        <translation>Imprimanta de etichete {where} nu poate fi contactată ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer&apos;s address in the station settings and the network.</source>
        <translation>Verificați adresa imprimantei în setările postului, precum și rețeaua.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label printer {where} is not ready: {state}.</source>
        <translation>Imprimanta de etichete {where} nu este pregătită: {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix it at the printer, then reprint.</source>
        <translation>Remediați problema la imprimantă, apoi retipăriți.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer {name} is not installed on this computer.</source>
        <translation>Imprimanta {name} nu este instalată pe acest calculator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an installed printer in the station settings.</source>
        <translation>Alegeți o imprimantă instalată în setările postului.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer {name} did not take the label.</source>
        <translation>Imprimanta {name} nu a preluat eticheta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer and its queue, then reprint.</source>
        <translation>Verificați imprimanta și coada ei de tipărire, apoi retipăriți.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of labels</source>
        <translation>etichete epuizate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head open</source>
        <translation>cap de imprimare deschis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>în pauză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ribbon out</source>
        <translation>ribon epuizat</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/client.py" line="+33"/>
        <source>The hub cannot be reached.</source>
        <translation>Serverul central nu poate fi contactat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work goes on; records are kept and sent when it is back.</source>
        <translation>Lucrul continuă; înregistrările sunt păstrate și trimise când revine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub refused this station&apos;s token.</source>
        <translation>Serverul central a refuzat tokenul acestui post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator for a new station token.</source>
        <translation>Cereți administratorului un token nou pentru post.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub refused what this station asked for.</source>
        <translation>Serverul central a refuzat cererea acestui post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the administrator what the hub said (in the details).</source>
        <translation>Comunicați administratorului ce a răspuns serverul central (în detalii).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This station&apos;s token belongs to {token_station}, but this bench calls itself {bench_station}.</source>
        <translation>Tokenul acestui post aparține postului {token_station}, dar acest post se numește {bench_station}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the station name to {token_station} (inspector settings --set-station {token_station}) or ask the administrator for a token for {bench_station}.</source>
        <translation>Setați numele postului la {token_station} (inspector settings --set-station {token_station}) sau cereți administratorului un token pentru {bench_station}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No hub is set up for this station.</source>
        <translation>Niciun server central configurat pentru acest post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hub_url and hub_token in the station settings.</source>
        <translation>Setați hub_url și hub_token în setările postului.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hub refused a photo: its bytes did not match its hash.</source>
        <translation>Serverul central a respins o fotografie: conținutul nu corespunde cu hash-ul ei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is sent again from the start.</source>
        <translation>Fotografia se trimite din nou de la început.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub&apos;s record of a photo gives another size than its file.</source>
        <translation>Înregistrarea unei fotografii pe serverul central are altă mărime decât fișierul ei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is set aside; tell the administrator.</source>
        <translation>Fotografia este pusă deoparte; anunțați administratorul.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The hub refused a photo as too big.</source>
        <translation>Serverul central a respins o fotografie ca fiind prea mare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to check the hub&apos;s photo size limit.</source>
        <translation>Cereți administratorului să verifice limita de mărime a fotografiilor pe serverul central.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hub keeps no photos: they wait at this bench.</source>
        <translation>Serverul central nu păstrează fotografii: ele așteaptă la acest post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to start the hub with --photos DIR.</source>
        <translation>Cereți administratorului să pornească serverul central cu --photos DIR.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/review.py" line="-221"/>
        <source>Only a supervisor can review and override inspections.</source>
        <translation>Doar un supervizor poate verifica și modifica inspecțiile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write each day as YYYY-MM-DD, e.g. {example}.</source>
        <translation>Scrieți fiecare zi ca AAAA-LL-ZZ, de ex. {example}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range ends ({last}) before it starts ({first}).</source>
        <translation>Intervalul se încheie ({last}) înainte să înceapă ({first}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only a completed inspection can be reviewed.</source>
        <translation>Doar o inspecție finalizată poate fi verificată.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An override needs a reason.</source>
        <translation>O modificare necesită un motiv.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You inspected this item yourself: another supervisor must approve, override or release it.</source>
        <translation>Ați inspectat chiar dumneavoastră acest articol: alt supervizor trebuie să-l aprobe, să-l modifice sau să-l elibereze.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/outcome_override.py" line="+57"/>
        <location filename="../../inspector/usecases/review.py" line="+61"/>
        <location line="+23"/>
        <location line="+47"/>
        <source>The item already has that value.</source>
        <translation>Articolul are deja această valoare.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/review.py" line="-29"/>
        <source>This item has no paid price to deduct from.</source>
        <translation>Articolul nu are un preț plătit din care să se facă reducerea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That deduction cannot be set: {why}</source>
        <translation>Reducerea nu poate fi stabilită: {why}</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/outcome_override.py" line="-10"/>
        <source>Unknown outcome {code}.</source>
        <translation>Soluționare necunoscută: {code}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer named no item to exchange for.</source>
        <translation>Clientul nu a indicat niciun articol pentru schimb.</translation>
    </message>
    <message>
        <location filename="../../inspector/exporting/atomic_file.py" line="+31"/>
        <source>Choose another folder.</source>
        <translation>Alege alt dosar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full: {path} was not written.</source>
        <translation>Discul este plin: {path} nu a fost scris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space and export again.</source>
        <translation>Eliberează spațiu și exportă din nou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission to write {path}.</source>
        <translation>Nu există permisiunea de a scrie {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is on a read-only disk.</source>
        <translation>{folder} se află pe un disc protejat la scriere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Dosarul {folder} nu există.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it or choose another folder.</source>
        <translation>Creează-l sau alege alt dosar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} nu este un dosar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another path.</source>
        <translation>Alege altă cale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be written: {why}.</source>
        <translation>{path} nu a putut fi scris: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk or choose another folder.</source>
        <translation>Verifică discul sau alege alt dosar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder.</source>
        <translation>{path} este un dosar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name.</source>
        <translation>Dă un nume de fișier.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/exports.py" line="+53"/>
        <source>Unknown export format {fmt}: choose {formats}.</source>
        <translation>Format de export necunoscut {fmt}: alege {formats}.</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/closed_days.py" line="+78"/>
        <source>The site&apos;s day {day} is already closed: report no. {number}, signed by {signer} at {at} (UTC).</source>
        <translation>Ziua {day} a depozitului este deja închisă: raportul nr. {number}, semnat de {signer} la {at} (UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This station may not close the site&apos;s day: only a supervisor desk may. The administrator gives it the right with `inspector hub add-station {station} --site-view`.</source>
        <translation>Acest post nu poate închide ziua depozitului: doar un post de supervizor poate. Administratorul îi acordă dreptul cu `inspector hub add-station {station} --site-view`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub did not close the day: {why}</source>
        <translation>Serverul central nu a închis ziua: {why}</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/site_status.py" line="+64"/>
        <source>site as of {time}</source>
        <translation>situația depozitului la {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} never heard from</source>
        <translation>{station}: niciun semnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} last heard {time}</source>
        <translation>{station}: ultimul semnal la {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{said}; {station}</source>
        <translation>{said}; {station}</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/engine.py" line="+46"/>
        <source>The hub&apos;s answer acknowledged none of the records sent.</source>
        <translation>Răspunsul serverului central nu a confirmat niciuna dintre înregistrările trimise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the hub and the bench run matching versions.</source>
        <translation>Verificați ca serverul central și postul să ruleze versiuni compatibile.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/weighing_steps.py" line="-21"/>
        <source>{weight} on the scale: it is the parcel&apos;s if you scan its label now.</source>
        <translation>{weight} pe cântar: va fi greutatea coletului dacă îi scanați acum eticheta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan a parcel or an item before typing its weight.</source>
        <translation>Scanați un colet sau un articol înainte de a-i introduce greutatea.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serial {serial}: not the one shipped.</source>
        <translation>Numărul de serie {serial}: nu este cel expediat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {serial} recorded.</source>
        <translation>Numărul de serie {serial} a fost înregistrat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{weight} is not a weight the bench can record.</source>
        <translation>{weight} nu este o greutate pe care postul o poate înregistra.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The item weighs {weight}: not what it should ({detail}).</source>
        <translation>Articolul cântărește {weight}: nu cât ar trebui ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item weighed: {weight}.</source>
        <translation>Articol cântărit: {weight}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parcel weighs {weight}: it may be empty ({detail}).</source>
        <translation>Coletul cântărește {weight}: poate fi gol ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parcel weighs {weight}: not what its return&apos;s items should ({detail}).</source>
        <translation>Coletul cântărește {weight}: nu cât ar trebui articolele din retur ({detail}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel weighed: {weight}.</source>
        <translation>Colet cântărit: {weight}.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/weighing.py" line="+42"/>
        <source>A weight must be between 1 g and {most} g.</source>
        <translation>Greutatea trebuie să fie între 1 g și {most} g.</translation>
    </message>
    <message>
        <location filename="../../inspector/domain/photo_rules.py" line="+61"/>
        <source>A photo is needed before completing: grade {grade}. Press F9, or drop a picture on the window.</source>
        <translation>Este necesară o fotografie înainte de finalizare: nota {grade}. Apăsați F9 sau trageți o fotografie pe fereastră.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo is needed before completing: {finding}. Press F9, or drop a picture on the window.</source>
        <translation>Este necesară o fotografie înainte de finalizare: {finding}. Apăsați F9 sau trageți o fotografie pe fereastră.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A photo is needed before completing: {flag}. Press F9, or drop a picture on the window.</source>
        <translation>Este necesară o fotografie înainte de finalizare: {flag}. Apăsați F9 sau trageți o fotografie pe fereastră.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo is needed before completing: a deduction is kept back. Press F9, or drop a picture on the window.</source>
        <translation>Este necesară o fotografie înainte de finalizare: se reține o reducere. Apăsați F9 sau trageți o fotografie pe fereastră.</translation>
    </message>
    <message>
        <location filename="../../inspector/photos/imaging.py" line="+136"/>
        <source>This file is not a picture (JPEG, PNG or HEIC).</source>
        <translation>Acest fișier nu este o fotografie (JPEG, PNG sau HEIC).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This picture file is too big: {size} MB (at most {limit} MB).</source>
        <translation>Fișierul foto este prea mare: {size} MB (cel mult {limit} MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This picture has too many pixels ({pixels} million; at most {limit} million).</source>
        <translation>Fotografia are prea mulți pixeli ({pixels} milioane; cel mult {limit} milioane).</translation>
    </message>
    <message>
        <location filename="../../inspector/photos/store.py" line="+31"/>
        <source>The disk is full: the photo was not saved.</source>
        <translation>Discul este plin: fotografia nu a fost salvată.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space and press F9 again; the item stays in hand.</source>
        <translation>Eliberați spațiu și apăsați din nou F9; articolul rămâne deschis.</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/photo_upload.py" line="+47"/>
        <source>The photo file on this bench is damaged or missing; it was not sent.</source>
        <translation>Fișierul fotografiei de la acest post este deteriorat sau lipsește; nu a fost trimis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused the photo 3 times ({detail}).</source>
        <translation>Serverul central a respins fotografia de 3 ori ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub&apos;s record of the photo gives another size than its file ({detail}).</source>
        <translation>Înregistrarea fotografiei pe serverul central are altă mărime decât fișierul ei ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused the photo as too big ({detail}).</source>
        <translation>Serverul central a respins fotografia ca fiind prea mare ({detail}).</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/photos.py" line="+3"/>
        <source>That item was cancelled: it takes no photo.</source>
        <translation>Acel articol a fost anulat: nu i se mai pot adăuga fotografii.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That damage is not recorded on this item.</source>
        <translation>Acest defect nu este înregistrat la acest articol.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That photo is not on this bench.</source>
        <translation>Fotografia aceea nu este la acest post.</translation>
    </message>
    <message>
        <location filename="../../ui/bench/photo_desk.py" line="+94"/>
        <source>The file {path} cannot be read.</source>
        <translation>Fișierul {path} nu poate fi citit.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No camera is set up at this bench. Drop a picture file on the window, or press Ctrl+O to choose one.</source>
        <translation>Nicio cameră nu este configurată la acest post. Trageți un fișier foto pe fereastră sau apăsați Ctrl+O pentru a alege unul.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No camera found. Drop a picture file on the window, or press Ctrl+O to choose one.</source>
        <translation>Nu s-a găsit nicio cameră. Trageți un fișier foto pe fereastră sau apăsați Ctrl+O pentru a alege unul.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The camera sent no picture. Press F9 again, or drop a picture file on the window.</source>
        <translation>Camera nu a trimis nicio fotografie. Apăsați din nou F9 sau trageți un fișier foto pe fereastră.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The camera&apos;s picture could not be read. Press F9 again.</source>
        <translation>Fotografia de la cameră nu a putut fi citită. Apăsați din nou F9.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo could not be taken ({error}). Press F9 again.</source>
        <translation>Fotografia nu a putut fi făcută ({error}). Apăsați din nou F9.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../inspector/demo/demo_sheet.py" line="+84"/>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>supervisor</source>
        <translation>supervizor</translation>
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
        <translation>1. Autentificare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, then type its PIN on the keyboard.</source>
        <translation>Scanați un ecuson, apoi tastați PIN-ul lui la tastatură.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete the item</source>
        <translation>Finalizați articolul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the item (or the parcel)</source>
        <translation>Anulați articolul (sau coletul)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {code}: {label}</source>
        <translation>Nota {code}: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disposition: {label} (bin {bin})</source>
        <translation>Destinație: {label} (locația {bin})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo of the item (as F9)</source>
        <translation>Fotografiați articolul (ca F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint the last label</source>
        <translation>Retipăriți ultima etichetă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel done</source>
        <translation>Colet gata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades can also be keyed 1-{count}. A disposition other than the proposed one asks for a reason.</source>
        <translation>Notele se pot da și cu tastele 1-{count}. O destinație diferită de cea propusă cere un motiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Command cards</source>
        <translation>2. Carduri de comenzi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post</source>
        <translation>Poșta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} · reason: {reason} · delivered {delivered}</source>
        <translation>Comanda {order} · motiv: {reason} · livrat: {delivered}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch: this return was cancelled upstream.</source>
        <translation>Atenție: acest retur a fost anulat în sistemul central.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch: this return was closed upstream.</source>
        <translation>Atenție: acest retur a fost închis în sistemul central.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch: delivered more than {days} days ago (outside the window).</source>
        <translation>Atenție: livrat acum mai mult de {days} zile (în afara termenului).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch: line {line} is {category}, not returnable.</source>
        <translation>Atenție: linia {line} este {category}, nu se poate returna.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel label ({carrier})</source>
        <translation>Eticheta coletului ({carrier})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or the RMA label inside</source>
        <translation>…sau eticheta RMA din interior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {description} · {price}</source>
        <translation>Linia {line}: {description} · {price}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} · serial {serial}</source>
        <translation>{what} · serie {serial}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} · ×{count} without serial</source>
        <translation>{what} · ×{count} fără serie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} · scan ×{count}</source>
        <translation>{what} · scanați ×{count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3.{index} Parcel {rma}</source>
        <translation>3.{index} Coletul {rma}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parcel with no return (unexpected)</source>
        <translation>Un colet fără retur (neanunțat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item on no demo return (wrong item)</source>
        <translation>Un articol absent din retururile demo (articol greșit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In parcel {rma}: a serial that was not shipped</source>
        <translation>În coletul {rma}: o serie care nu a fost expediată</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. Exceptions to try</source>
        <translation>4. Excepții de încercat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of these goes to the supervisor&apos;s review.</source>
        <translation>Fiecare dintre acestea ajunge la verificarea supervizorului.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Demo barcodes · page {page}</source>
        <translation>Coduri de bare demo · pagina {page}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Return inspection bench: demo barcodes</source>
        <translation>Post de inspecție retururi: coduri de bare demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk the whole flow with a scanner: sign in (badge + PIN), scan a parcel, scan each item, grade it, tick damage, complete; at the end of the parcel scan &quot;Parcel done&quot;. Items show what the product itself carries.</source>
        <translation>Parcurgeți tot fluxul cu un scaner: autentificați-vă (ecuson + PIN), scanați un colet, scanați fiecare articol, dați-i o notă, bifați defectele, finalizați; la sfârșitul coletului scanați „Colet gata”. Codurile articolelor sunt cele de pe produsul însuși.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+23"/>
        <source>No return known for this parcel</source>
        <translation>Niciun retur cunoscut pentru acest colet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item: not on this return</source>
        <translation>Articol greșit: nu este pe acest retur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than the return expects</source>
        <translation>Mai multe bucăți decât prevede returul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial is not the one shipped</source>
        <translation>Numărul de serie nu este cel expediat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the return window</source>
        <translation>În afara termenului de retur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category cannot be returned</source>
        <translation>Categoria nu se poate returna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction needs supervisor review</source>
        <translation>Reducerea necesită verificarea supervizorului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition changed by hand</source>
        <translation>Destinație schimbată manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return was cancelled or closed upstream</source>
        <translation>Returul a fost anulat sau închis în sistemul central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial scanned, the line lists serials</source>
        <translation>Nicio serie scanată, deși linia are numere de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for review: fraud signals</source>
        <translation>Reținut pentru verificare: semnale de fraudă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel weight is off</source>
        <translation>Greutatea coletului nu corespunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel looks empty</source>
        <translation>Coletul pare gol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the return missing from the parcel</source>
        <translation>Lipsesc din colet bucăți din retur</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../ui/kiosk/close_guard.py" line="+35"/>
        <source>Only a supervisor can close the bench</source>
        <translation>Doar un supervizor poate închide postul</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../inspector/labels/captions.py" line="+15"/>
        <source>DISPOSITION</source>
        <translation>DESTINAȚIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>LOCAȚIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LICENSE PLATE</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITEM</source>
        <translation>ARTICOL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GS1  (01) GTIN  (21) SERIAL  (10) LOT</source>
        <translation>GS1  (01) GTIN  (21) SERIE  (10) LOT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPERATOR</source>
        <translation>OPERATOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATION</source>
        <translation>POST</translation>
    </message>
</context>
<context>
    <name>match</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+29"/>
        <source>On the return</source>
        <translation>Pe retur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Articol greșit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra unit</source>
        <translation>Bucată în plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial mismatch</source>
        <translation>Serie diferită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial missing</source>
        <translation>Serie lipsă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No return</source>
        <translation>Fără retur</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+13"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Schimb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Credit în magazin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor decides</source>
        <translation>Decide supervizorul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>Nimic</translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+4"/>
        <source>Scan your badge to sign in</source>
        <translation>Scanați ecusonul pentru autentificare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your PIN and press Enter</source>
        <translation>Tastați PIN-ul și apăsați Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a parcel label or RMA number</source>
        <translation>Scanați eticheta coletului sau numărul RMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next item</source>
        <translation>Scanați articolul următor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade, tick damage, complete</source>
        <translation>Notați, bifați defectele, finalizați</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+5"/>
        <source>As new</source>
        <translation>Ca nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open box / like new</source>
        <translation>Cutie deschisă / ca nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Folosit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged / parts</source>
        <translation>Deteriorat / piese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsellable</source>
        <translation>Nevandabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dented / scuffed</source>
        <translation>Lovit / zgâriat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torn / opened</source>
        <translation>Rupt / deschis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crushed (carrier)</source>
        <translation>Strivit (curier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet</source>
        <translation>Ud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scratches / scuffs</source>
        <translation>Zgârieturi / urme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dents / cracks</source>
        <translation>Lovituri / fisuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stains / odour</source>
        <translation>Pete / miros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing accessory</source>
        <translation>Accesoriu lipsă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original packaging missing</source>
        <translation>Lipsește ambalajul original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of use</source>
        <translation>Urme de folosire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hygiene seal broken</source>
        <translation>Sigiliu de igienă rupt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defective (does not work)</source>
        <translation>Defect (nu funcționează)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We shipped the wrong item</source>
        <translation>Am expediat un articol greșit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged in transit</source>
        <translation>Deteriorat în transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to stock</source>
        <translation>Înapoi în stoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open box</source>
        <translation>Cutie deschisă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refurbish</source>
        <translation>Recondiționare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to vendor</source>
        <translation>Retur la furnizor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation</source>
        <translation>Lichidare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycling</source>
        <translation>Reciclare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine</source>
        <translation>Carantină</translation>
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
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+115"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="+62"/>
        <source>Outcomes per currency</source>
        <translation>Soluționări pe monedă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Soluționare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money held back for review</source>
        <translation>Bani reținuți pentru verificare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items held for review with no approval or outcome decided yet, and the money they would pay out.</source>
        <translation>Articole reținute pentru verificare, încă neaprobate și fără soluționare, și banii pe care i-ar plăti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items held</source>
        <translation>Articole reținute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount held</source>
        <translation>Sumă reținută</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fraud signals</source>
        <translation>Semnale de fraudă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome mix</source>
        <translation>Structura soluționărilor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal</source>
        <translation>Semnal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKUs with fraud signals (top {count})</source>
        <translation>SKU cu semnale de fraudă (primele {count})</translation>
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
        <translation>Clienți cu semnale de fraudă (primii {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="-123"/>
        <location line="+107"/>
        <source>Exceptions</source>
        <translation>Excepții</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+79"/>
        <source>Grade</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+81"/>
        <source>Disposition</source>
        <translation>Destinație</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deduction</source>
        <translation>Reducere</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../inspector/reports/site_notes.py" line="+1"/>
        <source>Refund</source>
        <translation>Rambursat</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/charts.py" line="+53"/>
        <location filename="../../inspector/reports/day_pdf.py" line="+82"/>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Items completed per hour ({zone})</source>
        <translation>Articole finalizate pe oră ({zone})</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+24"/>
        <source>{first} to {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="-44"/>
        <location line="+23"/>
        <location filename="../../inspector/reports/sections.py" line="+22"/>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+2"/>
        <source>Day: {day} ({zone})</source>
        <translation>Ziua: {day} ({zone})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations: {stations}</source>
        <translation>Posturi: {stations}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated: {generated}</source>
        <translation>Generat: {generated}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day returns inspection report</source>
        <translation>Raport de sfârșit de zi – inspecția retururilor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals</source>
        <translation>Totaluri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Colete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deductions and refunds per currency</source>
        <translation>Reduceri și rambursări pe monedă</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="-22"/>
        <location filename="../../inspector/reports/sections.py" line="+5"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+0"/>
        <source>Deductions</source>
        <translation>Reduceri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Rambursări</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items by grade, disposition and reason found</source>
        <translation>Articole după notă, destinație și motivul constatat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason found</source>
        <translation>Motiv constatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason stated by the customer beside the reason found</source>
        <translation>Motivul declarat de client față de motivul constatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated reason differs from the reason found: {mismatches} of {items} items.</source>
        <translation>Motivul declarat diferă de cel constatat: {mismatches} din {items} articole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stated</source>
        <translation>Declarat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Constatat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts</source>
        <translation>Grafice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade mix</source>
        <translation>Distribuția pe note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disposition mix</source>
        <translation>Distribuția pe destinații</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason found mix</source>
        <translation>Distribuția motivelor constatate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Throughput per inspector</source>
        <translation>Productivitate pe inspector</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge</source>
        <translation>Ecuson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Ore lucrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per hour</source>
        <translation>Articole pe oră</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most returned SKUs (top {count})</source>
        <translation>Cele mai returnate SKU-uri (top {count})</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="+36"/>
        <location filename="../../inspector/reports/sections.py" line="+2"/>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+7"/>
        <source>Damaged</source>
        <translation>Defecte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Procent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Damage by carrier and by packaging condition</source>
        <translation>Deteriorări în funcție de curier și de starea ambalajului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packaging</source>
        <translation>Ambalaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exceptions ({count})</source>
        <translation>Excepții ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photos not received yet: {count}.</source>
        <translation>Fotografii neprimite încă: {count}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signature</source>
        <translation>Semnătura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by (supervisor)</source>
        <translation>Verificat de (supervizor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (manager)</source>
        <translation>Aprobat de (manager)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-off</source>
        <translation>Semnături</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have reviewed the exceptions above and agree the totals of this report.</source>
        <translation>Am verificat excepțiile de mai sus și sunt de acord cu totalurile acestui raport.</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/site_notes.py" line="-3"/>
        <source>Closed day</source>
        <translation>Zi închisă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened</source>
        <translation>Produsă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Sosită</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parcel receipt</source>
        <translation>recepție colet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item inspection</source>
        <translation>inspecție articol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection override</source>
        <translation>modificare inspecție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nouă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modificată</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stations not heard from since before the end of this day (their records of the day may be missing): {stations}</source>
        <translation>Posturi care nu au mai comunicat de dinainte de sfârșitul acestei zile (înregistrările lor din această zi pot lipsi): {stations}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Late records for closed days ({count})</source>
        <translation>Înregistrări sosite după închiderea zilei ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of days already signed off that reached the hub after the signing. The signed reports stay as they were; each closed day&apos;s addendum lists its own.</source>
        <translation>Înregistrări din zile deja semnate, ajunse la serverul central după semnare. Rapoartele semnate rămân neschimbate; anexa fiecărei zile închise le listează pe ale sale.</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/day_pdf.py" line="+3"/>
        <source>Returns inspection · {period} · stations: {stations}</source>
        <translation>Inspecția retururilor · {period} · posturi: {stations}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page} · generated {generated}</source>
        <translation>Pagina {page} · generat {generated}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>End-of-day report {period}</source>
        <translation>Raport de sfârșit de zi {period}</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/figures.py" line="+28"/>
        <location line="+1"/>
        <source>wrong item returned</source>
        <translation>articol greșit returnat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no return on file</source>
        <translation>niciun retur înregistrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong item shipped</source>
        <translation>articol greșit expediat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defective</source>
        <translation>defect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged in transit</source>
        <translation>deteriorat în transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>used / opened</source>
        <translation>folosit / deschis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>damaged by customer</source>
        <translation>deteriorat de client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no fault found</source>
        <translation>fără defect constatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none stated)</source>
        <translation>(nedeclarat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(necunoscut)</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/photo_cells.py" line="+26"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo not received yet</source>
        <translation>foto neprimită încă</translation>
    </message>
</context>
<context>
    <name>role</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+4"/>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>supervizor</translation>
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
        <translation>Articol înlocuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight off</source>
        <translation>Greutate diferită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty box</source>
        <translation>Cutie goală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing items</source>
        <translation>Articole lipsă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worn, but returned as unused</source>
        <translation>Folosit, deși returnat ca nefolosit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat returner</source>
        <translation>Client care returnează des</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <location filename="../../ui/kiosk/single_instance.py" line="+20"/>
        <source>The bench is already running on this data folder ({holder}). Switch to that window, or start with another --data-dir.</source>
        <translation>Postul rulează deja cu acest dosar de date ({holder}). Treceți la acea fereastră sau porniți cu alt --data-dir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Return inspection bench</source>
        <translation>Post de inspecție retururi</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="+527"/>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Sincronizare acum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: not set up</source>
        <translation>Sincronizare: neconfigurată</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: off</source>
        <translation>Sincronizare: oprită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hub_url and hub_token in the station settings.</source>
        <translation>Setați hub_url și hub_token în setările postului.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: {n} pending</source>
        <translation>Sincronizare: {n} în așteptare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} set aside</source>
        <translation>{n} puse deoparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last {when}</source>
        <translation>ultima: {when}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending…</source>
        <translation>se trimite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>eroare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success: {when}</source>
        <translation>Ultima reușită: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error: {error}</source>
        <translation>Ultima eroare: {error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next try in {s} s</source>
        <translation>Următoarea încercare în {s} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records set aside by the hub wait for a supervisor: inspector sync --rejected</source>
        <translation>Înregistrările puse deoparte de serverul central la sincronizare așteaptă un supervizor: inspector sync --rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photos waiting: {n}</source>
        <translation>fotografii în așteptare: {n}</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+471"/>
        <source>Sync failed unexpectedly; see the log.</source>
        <translation>Sincronizarea a eșuat neașteptat; consultați jurnalul.</translation>
    </message>
</context>
</TS>
