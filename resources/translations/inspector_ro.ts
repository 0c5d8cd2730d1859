<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>BenchClient</name>
    <message>
        <location filename="../../ui/bench_client.py" line="+145"/>
        <source>The bench is still starting. Scan again in a moment.</source>
        <translation>Postul de lucru încă pornește. Scanați din nou peste un moment.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Internal error: {error}. The work so far is kept; tell your supervisor.</source>
        <translation>Eroare internă: {error}. Munca de până acum este păstrată; anunțați supervizorul.</translation>
    </message>
</context>
<context>
    <name>BenchWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+55"/>
        <source>Return inspection bench</source>
        <translation>Post de inspecție retururi</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>This shift: {count} scans</source>
        <translation>Tura aceasta: {count} scanări</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operator: {name} ({role})</source>
        <translation>Operator: {name} ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator: signed out</source>
        <translation>Operator: neautentificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station: {station}</source>
        <translation>Post: {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {database}</source>
        <translation>Bază de date: {database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1–5 grade · F1–F10 damage · Ctrl+D disposition · Ctrl+N note · F12 complete · Esc cancel</source>
        <translation>1–5 notă · F1–F10 defecte · Ctrl+D destinație · Ctrl+N notiță · F12 finalizare · Esc anulare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan an item · Ctrl+P packaging · F11 parcel done · Ctrl+L sign out</source>
        <translation>Scanați un articol · Ctrl+P ambalaj · F11 colet gata · Ctrl+L ieșire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan a parcel · Ctrl+T type a code · Ctrl+L sign out</source>
        <translation>Scanați un colet · Ctrl+T tastați un cod · Ctrl+L ieșire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database could not be opened: {error}</source>
        <translation>Baza de date nu a putut fi deschisă: {error}</translation>
    </message>
</context>
<context>
    <name>DamageChecklist</name>
    <message>
        <location filename="../../ui/damage_checklist.py" line="+60"/>
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
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../ui/demo_data_dialog.py" line="+11"/>
        <source>Empty database</source>
        <translation>Bază de date goală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bench has no returns and no operators yet.</source>
        <translation>Acest post nu are încă retururi și nici operatori.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load demo data (operators, returns, parcels) to try the bench? Print the demo barcodes with: inspector demo-sheet -o sheet.pdf</source>
        <translation>Încărcați date demonstrative (operatori, retururi, colete) pentru a încerca postul? Tipăriți codurile de bare demonstrative cu: inspector demo-sheet -o sheet.pdf</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../ui/demo_offer.py" line="+78"/>
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
        <location filename="../../ui/disposition_dialog.py" line="+17"/>
        <source>Change disposition</source>
        <translation>Schimbați destinația</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label}   (proposed)</source>
        <translation>{label}   (propusă)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why? (needed when not the proposal)</source>
        <translation>De ce? (obligatoriu dacă nu este cea propusă)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where does this unit go?  ↑ ↓ then Enter</source>
        <translation>Unde merge acest articol?  ↑ ↓ apoi Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type a reason to leave the proposal</source>
        <translation>Scrieți un motiv pentru a schimba propunerea</translation>
    </message>
</context>
<context>
    <name>ExpectedLinesModel</name>
    <message>
        <location filename="../../ui/expected_lines_model.py" line="+76"/>
        <source>{category}; {inspected} of {quantity} inspected</source>
        <translation>{category}; {inspected} din {quantity} inspectate</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>GradePicker</name>
    <message>
        <location filename="../../ui/grade_picker.py" line="+24"/>
        <source>Grade</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press 1–5</source>
        <translation>Apăsați 1–5</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Press 1–{last}</source>
        <translation>Apăsați 1–{last}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not graded: press 1–{last}</source>
        <translation>Fără notă: apăsați 1–{last}</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/item_panel.py" line="+76"/>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deductions</source>
        <translation>Reduceri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change…  Ctrl+D</source>
        <translation>Schimbați…  Ctrl+D</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposed</source>
        <translation>Propusă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to</source>
        <translation>Merge la</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note (Ctrl+N), Enter to keep</source>
        <translation>Notiță (Ctrl+N), Enter pentru a păstra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete  F12</source>
        <translation>Finalizare  F12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel  Esc</source>
        <translation>Anulare  Esc</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Damage found</source>
        <translation>Defecte constatate</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <translation>Etichetă</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>held for review</source>
        <translation>reținut pentru verificare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed: {reason}</source>
        <translation>Schimbată: {reason}</translation>
    </message>
</context>
<context>
    <name>PackagingDialog</name>
    <message>
        <location filename="../../ui/packaging_dialog.py" line="+15"/>
        <source>Packaging condition</source>
        <translation>Starea ambalajului</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outer packaging as it arrived:  ↑ ↓ then Enter</source>
        <translation>Ambalajul exterior la sosire:  ↑ ↓ apoi Enter</translation>
    </message>
</context>
<context>
    <name>ParcelPanel</name>
    <message>
        <location filename="../../ui/parcel_panel.py" line="+21"/>
        <source>Parcel</source>
        <translation>Colet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No parcel open.
Scan a parcel label or RMA number.</source>
        <translation>Niciun colet deschis.
Scanați eticheta coletului sau numărul RMA.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>AWB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delivered</source>
        <translation>Livrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packaging</source>
        <translation>Ambalaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Packaging…  Ctrl+P</source>
        <translation>Ambalaj…  Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel done  F11</source>
        <translation>Colet gata  F11</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>none (unexpected return)</source>
        <translation>niciunul (retur neanunțat)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {expected} units</source>
        <translation>{done} din {expected} bucăți</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/scan_bar.py" line="+16"/>
        <source>Scan</source>
        <translation>Scanare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scanner input appears here · Ctrl+T to type a code</source>
        <translation>Aici apare ce citește scanerul · Ctrl+T pentru a tasta un cod</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>ShiftLogModel</name>
    <message>
        <location filename="../../ui/shift_log_model.py" line="+82"/>
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
    <name>SignInView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="+19"/>
        <source>Return inspection</source>
        <translation>Inspecția retururilor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+24"/>
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
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+81"/>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <location filename="../../inspector/bench/session.py" line="+126"/>
        <source>Type your PIN, or scan your badge again.</source>
        <translation>Tastați PIN-ul sau scanați din nou ecusonul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first: scan your badge.</source>
        <translation>Autentificați-vă întâi: scanați ecusonul.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No item with label {plate} on this bench.</source>
        <translation>Niciun articol cu eticheta {plate} la acest post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{plate}: {description}, grade {grade}, {disposition} to bin {bin} ({status}).</source>
        <translation>{plate}: {description}, nota {grade}, {disposition} în locația {bin} ({status}).</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+8"/>
        <source>Signed in: {name}.</source>
        <translation>Autentificat: {name}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resumed the parcel left open at this bench.</source>
        <translation>S-a reluat coletul lăsat deschis la acest post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish (F12) or cancel (Esc) the item in hand before the next parcel.</source>
        <translation>Finalizați (F12) sau anulați (Esc) articolul curent înainte de coletul următor.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+14"/>
        <source>Scan the parcel (tracking or RMA label) before its items.</source>
        <translation>Scanați coletul (AWB sau eticheta RMA) înaintea articolelor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade the item in hand (keys 1-5) or cancel it (Esc) before the next.</source>
        <translation>Notați articolul curent (tastele 1-5) sau anulați-l (Esc) înainte de următorul.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{description}: {problems}</source>
        <translation>{description}: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{description}: grade it (1-5).</source>
        <translation>{description}: dați o notă (1-5).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scan an item first.</source>
        <translation>Scanați întâi un articol.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Grade {grade}.</source>
        <translation>Nota {grade}.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+14"/>
        <source>Note saved.</source>
        <translation>Notița a fost salvată.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../inspector/usecases/inspections.py" line="+124"/>
        <source>Scan a parcel first.</source>
        <translation>Scanați întâi un colet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packaging condition recorded.</source>
        <translation>Starea ambalajului a fost înregistrată.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done: {description}, grade {grade}, {disposition} to bin {bin}.</source>
        <translation>Gata: {description}, nota {grade}, {disposition} în locația {bin}.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+6"/>
        <source>Reopened {description}.</source>
        <translation>Redeschis: {description}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No parcel open.</source>
        <translation>Niciun colet deschis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../inspector/usecases/inspections.py" line="+4"/>
        <source>Finish or cancel the item in hand first.</source>
        <translation>Finalizați sau anulați întâi articolul curent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parcel done: {count} item(s). Scan the next parcel.</source>
        <translation>Colet gata: {count} articol(e). Scanați coletul următor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No label to reprint yet.</source>
        <translation>Încă nu există o etichetă de retipărit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No label printer is set up at this station; label {plate} was not printed.</source>
        <translation>Nicio imprimantă de etichete configurată la acest post; eticheta {plate} nu a fost tipărită.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish or cancel the item in hand before signing out.</source>
        <translation>Finalizați sau anulați articolul curent înainte de ieșire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out. An open parcel resumes at the next sign-in.</source>
        <translation>Ați ieșit. Un colet deschis se reia la următoarea autentificare.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../inspector/bench/views.py" line="+17"/>
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
        <location filename="../../inspector/scans/errors.py" line="+65"/>
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
        <location filename="../../inspector/storage/database.py" line="+23"/>
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
        <location filename="../../inspector/usecases/inspections.py" line="-14"/>
        <source>That item is no longer on this bench.</source>
        <translation>Articolul nu mai este la acest post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That item is already finished.</source>
        <translation>Articolul este deja finalizat.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Grade {grade} is not on this site&apos;s scale ({scale}).</source>
        <translation>Nota {grade} nu este pe scala acestui depozit ({scale}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown disposition {code}.</source>
        <translation>Destinație necunoscută {code}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the proposed disposition needs a reason.</source>
        <translation>Schimbarea destinației propuse necesită un motiv.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Grade the item before completing it.</source>
        <translation>Dați o notă articolului înainte de a-l finaliza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That item cannot be completed now.</source>
        <translation>Articolul nu poate fi finalizat acum.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only an item of the parcel still open can be reopened.</source>
        <translation>Se poate redeschide doar un articol din coletul încă deschis.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/operators.py" line="+43"/>
        <source>Badge {badge} is already in use.</source>
        <translation>Ecusonul {badge} este deja folosit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Badge or PIN not recognised.</source>
        <translation>Ecuson sau PIN nerecunoscut.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/parcels.py" line="+81"/>
        <source>That parcel is no longer on this bench.</source>
        <translation>Coletul nu mai este la acest post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That parcel is already finished.</source>
        <translation>Coletul este deja finalizat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown packaging condition {code}.</source>
        <translation>Stare de ambalaj necunoscută {code}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finish or cancel the item in hand before closing the parcel.</source>
        <translation>Finalizați sau anulați articolul curent înainte de a închide coletul.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../ui/texts.py" line="+23"/>
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
        <translation>Seria nu este cea expediată</translation>
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
</context>
<context>
    <name>match</name>
    <message>
        <location line="+4"/>
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
        <source>No return</source>
        <translation>Fără retur</translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
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
        <translation>Am expediat alt articol</translation>
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
</TS>
