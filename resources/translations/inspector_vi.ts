<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>BenchClient</name>
    <message>
        <location filename="../../ui/bench/bench_client.py" line="+292"/>
        <source>The bench is still starting. Scan again in a moment.</source>
        <translation>Bàn kiểm đang khởi động. Quét lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Internal error: {error}. The work so far is kept; tell your supervisor.</source>
        <translation>Lỗi nội bộ: {error}. Phần việc đã làm vẫn được lưu; hãy báo tổ trưởng.</translation>
    </message>
</context>
<context>
    <name>BenchWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+70"/>
        <source>Return inspection bench</source>
        <translation>Bàn kiểm hàng trả lại</translation>
    </message>
    <message>
        <location filename="../../ui/bench/status_fields.py" line="+37"/>
        <source>Operator: {name} ({role})</source>
        <translation>Nhân viên: {name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: signed out</source>
        <translation>Nhân viên: đã đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station: {station}</source>
        <translation>Trạm: {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {database}</source>
        <translation>Cơ sở dữ liệu: {database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels waiting: {count}</source>
        <translation>Nhãn đang chờ: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed yet, kept in the reprint queue. Printer: {printer} (Ctrl+Shift+P to change)</source>
        <translation>Chưa in, đang nằm trong hàng chờ in lại. Máy in: {printer} (Ctrl+Shift+P để đổi)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+172"/>
        <source>1–5 grade · F1–F10 / Alt+9 damage · F9 photo · Ctrl+D disposition · Ctrl+N note · Ctrl+W weight · F12 complete · Esc cancel</source>
        <translation>1–5 hạng · F1–F10 / Alt+9 hư hỏng · F9 ảnh · Ctrl+D xử lý · Ctrl+N ghi chú · Ctrl+W cân nặng · F12 hoàn tất · Esc hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan an item · Ctrl+P packaging · Ctrl+W parcel weight · F11 parcel done · Ctrl+L sign out</source>
        <translation>Quét sản phẩm · Ctrl+P bao bì · Ctrl+W cân nặng kiện · F11 xong kiện · Ctrl+L đăng xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan a parcel · Ctrl+T type a code · Ctrl+L sign out</source>
        <translation>Quét kiện hàng · Ctrl+T nhập mã · Ctrl+L đăng xuất</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database could not be opened: {error}</source>
        <translation>Không mở được cơ sở dữ liệu: {error}</translation>
    </message>
</context>
<context>
    <name>ButtonBox</name>
    <message>
        <location filename="../../ui/common/button_box.py" line="+16"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/bench/camera_dialog.py" line="+28"/>
        <location line="+22"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The default camera</source>
        <translation>Camera mặc định</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No camera (picture files only)</source>
        <translation>Không có camera (chỉ dùng tệp ảnh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video file {path}</source>
        <translation>Tệp video {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera at this bench? Items that need a photo are completed with a picture file: drop it on the window, or press Ctrl+O.</source>
        <translation>Bàn này không có camera? Sản phẩm cần ảnh thì hoàn tất bằng tệp ảnh: kéo thả tệp vào cửa sổ, hoặc bấm Ctrl+O.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture size</source>
        <translation>Kích thước ảnh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera&apos;s own</source>
        <translation>Theo camera</translation>
    </message>
</context>
<context>
    <name>CloseDayConfirm</name>
    <message>
        <location filename="../../ui/review/day_closing.py" line="+28"/>
        <source>Close the day</source>
        <translation>Chốt ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign off the site&apos;s day {day} for every station? The hub keeps its report as it is now, numbered, and never changes it; records of that day that arrive later go into its addendum.</source>
        <translation>Chốt ngày {day} của kho cho tất cả các trạm? Máy chủ trung tâm lưu báo cáo đúng như hiện tại, có đánh số và không bao giờ sửa; dữ liệu của ngày đó đến sau sẽ được đưa vào phần bổ sung.</translation>
    </message>
</context>
<context>
    <name>DamageChecklist</name>
    <message>
        <location filename="../../ui/bench/damage_checklist.py" line="+69"/>
        <source>held for review</source>
        <translation>giữ chờ duyệt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no deduction</source>
        <translation>không khấu trừ</translation>
    </message>
</context>
<context>
    <name>DayClosing</name>
    <message>
        <location filename="../../ui/review/day_closing.py" line="+28"/>
        <source>Close the day…</source>
        <translation>Chốt ngày…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closing the site&apos;s day {day} at the hub…</source>
        <translation>Đang chốt ngày {day} của kho trên máy chủ trung tâm…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site&apos;s day {day} is closed: report no. {number}, signed by {signer}.</source>
        <translation>Đã chốt ngày {day} của kho: báo cáo số {number}, do {signer} ký.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not heard from since before the day ended: {stations}.</source>
        <translation>Mất liên lạc từ trước khi hết ngày: {stations}.</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../ui/common/day_field.py" line="+66"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Chọn trên lịch (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../ui/bench/demo_data_dialog.py" line="+29"/>
        <source>Empty database</source>
        <translation>Cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bench has no returns and no operators yet.</source>
        <translation>Bàn kiểm này chưa có đơn trả hàng và chưa có nhân viên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load demo data (operators, returns, parcels) to try the bench? Print the demo barcodes with: inspector demo-sheet -o sheet.pdf</source>
        <translation>Nạp dữ liệu mẫu (nhân viên, đơn trả hàng, kiện hàng) để dùng thử bàn kiểm? In mã vạch mẫu bằng lệnh: inspector demo-sheet -o sheet.pdf</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../ui/bench/demo_offer.py" line="+78"/>
        <source>Loading demo data…</source>
        <translation>Đang nạp dữ liệu mẫu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data loaded. Scan a demo badge to sign in.</source>
        <translation>Đã nạp dữ liệu mẫu. Quét một thẻ nhân viên mẫu để đăng nhập.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo data could not be loaded: {error}</source>
        <translation>Không nạp được dữ liệu mẫu: {error}</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/bench/disposition_dialog.py" line="+53"/>
        <source>Change disposition</source>
        <translation>Đổi hướng xử lý</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}   (proposed)</source>
        <translation>{label}   (đề xuất)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why? (needed when not the proposal)</source>
        <translation>Lý do? (bắt buộc nếu khác đề xuất)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does this unit go?  ↑ ↓ then Enter</source>
        <translation>Chuyển sản phẩm này đi đâu?  ↑ ↓ rồi Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a reason to leave the proposal</source>
        <translation>Nhập lý do để chọn khác đề xuất</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../ui/bench/evidence_actions.py" line="+25"/>
        <source>Scan a parcel or an item before typing its weight.</source>
        <translation>Hãy quét kiện hàng hoặc sản phẩm trước khi nhập cân nặng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan an item first.</source>
        <translation>Hãy quét sản phẩm trước.</translation>
    </message>
</context>
<context>
    <name>ExpectedLinesModel</name>
    <message>
        <location filename="../../ui/bench/expected_lines_model.py" line="+83"/>
        <source>{count} inspected at {station}</source>
        <translation>{count} đã kiểm tại {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {quantity}, {elsewhere}</source>
        <translation>dự kiến {quantity}, {elsewhere}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{category}; {inspected} of {quantity} inspected</source>
        <translation>{category}; đã kiểm {inspected}/{quantity}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Giá mua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/review/export_dialog.py" line="+48"/>
        <source>Save the export</source>
        <translation>Lưu tệp xuất</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export inspections</source>
        <translation>Xuất dữ liệu kiểm hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (bảng tính)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (programs)</source>
        <translation>JSON (phần mềm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every station</source>
        <translation>tất cả các trạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose… (Ctrl+O)</source>
        <translation>Chọn… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>Đế&amp;n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Station</source>
        <translation>T&amp;rạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per completed item inspection, days from midnight to midnight at the site; times in the file are UTC. The file is written whole or not at all.</source>
        <translation>Mỗi dòng là một lượt kiểm sản phẩm đã hoàn tất; ngày tính từ nửa đêm đến nửa đêm theo giờ kho; thời gian trong tệp là UTC. Tệp được ghi trọn vẹn hoặc không ghi gì cả.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
</context>
<context>
    <name>FileCamera</name>
    <message>
        <location filename="../../ui/bench/camera_source.py" line="+260"/>
        <source>No camera found: the video {path} is missing.</source>
        <translation>Không tìm thấy camera: thiếu tệp video {path}.</translation>
    </message>
</context>
<context>
    <name>GradePicker</name>
    <message>
        <location filename="../../ui/bench/grade_picker.py" line="+50"/>
        <source>Grade</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press 1–5</source>
        <translation>Nhấn 1–5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Press 1–{last}</source>
        <translation>Nhấn 1–{last}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not graded: press 1–{last}</source>
        <translation>Chưa xếp hạng: nhấn 1–{last}</translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <location filename="../../ui/review/insight_view.py" line="+183"/>
        <source>Insight</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every station</source>
        <translation>Tất cả các trạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show (F5)</source>
        <translation>Xem (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Hư hỏng</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packaging</source>
        <translation>Bao bì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated</source>
        <translation>Khách nêu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most returned SKUs</source>
        <translation>SKU bị trả lại nhiều nhất</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stated reason beside the reason found</source>
        <translation>Lý do khách nêu so với lý do thực tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage by carrier</source>
        <translation>Hư hỏng theo hãng vận chuyển</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damage by packaging condition</source>
        <translation>Hư hỏng theo tình trạng bao bì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why things come back</source>
        <translation>Vì sao hàng bị trả lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site&apos;s flow</source>
        <translation>Luồng hàng của kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes and fraud signals</source>
        <translation>Phương án và dấu hiệu gian lận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{items} items. Stated reason differs from the reason found: {mismatch} ({share:.1f}%). Return-window violations: {late} ({late_share:.1f}%).</source>
        <translation>{items} sản phẩm. Lý do khách nêu khác lý do thực tế: {mismatch} ({share:.1f}%). Quá hạn trả hàng: {late} ({late_share:.1f}%).</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/bench/item_panel.py" line="+58"/>
        <source>Paid</source>
        <translation>Giá mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Khấu trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Change…  Ctrl+D</source>
        <translation>Đổi…  Ctrl+D</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (Ctrl+N), Enter to keep</source>
        <translation>Ghi chú (Ctrl+N), Enter để lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete  F12</source>
        <translation>Hoàn tất  F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel  Esc</source>
        <translation>Hủy  Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage found</source>
        <translation>Hư hỏng ghi nhận</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown item</source>
        <translation>Sản phẩm không xác định</translation>
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
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Cân nặng</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>held for review</source>
        <translation>giữ chờ duyệt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed: {reason}</source>
        <translation>Đã đổi: {reason}</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <location filename="../../ui/printing/label_actions.py" line="+25"/>
        <source>No label to show yet: complete an item first.</source>
        <translation>Chưa có nhãn để xem: hãy hoàn tất một sản phẩm trước.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a supervisor can change the label printer.</source>
        <translation>Chỉ tổ trưởng mới được đổi máy in nhãn.</translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="+40"/>
        <source>Label {plate}</source>
        <translation>Nhãn {plate}</translation>
    </message>
</context>
<context>
    <name>LabelQueue</name>
    <message>
        <location filename="../../ui/printing/label_queue.py" line="+139"/>
        <source>Label {plate} could not be made ({error}). It stays in the reprint queue; tell your supervisor.</source>
        <translation>Không tạo được nhãn {plate} ({error}). Nhãn vẫn nằm trong hàng chờ in lại; hãy báo tổ trưởng.</translation>
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
        <translation>Tạm giữ chờ duyệt: rủi ro {score}/{threshold}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk {score} of {threshold}</source>
        <translation>Rủi ro {score}/{threshold}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk {score}</source>
        <translation>Rủi ro {score}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/review/outcome_dialog.py" line="+62"/>
        <source>Decide the outcome</source>
        <translation>Quyết định phương án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {plate}</source>
        <translation>Sản phẩm {plate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: {outcome}</source>
        <translation>Hiện tại: {outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held for review:</source>
        <translation>Tạm giữ chờ duyệt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{outcome} → {sku}</source>
        <translation>{outcome} → {sku}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer gets</source>
        <translation>Khách nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the audit trail)</source>
        <translation>Vì sao? (lưu trong nhật ký kiểm tra)</translation>
    </message>
</context>
<context>
    <name>OutcomeFraudPanel</name>
    <message>
        <location filename="../../ui/review/outcome_fraud_panel.py" line="+70"/>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Loại tiền</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Outcome</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items held</source>
        <translation>SP tạm giữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount held</source>
        <translation>Tiền tạm giữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Dấu hiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes per currency</source>
        <translation>Phương án theo loại tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money held back for review</source>
        <translation>Tiền tạm giữ chờ duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud signals by reason</source>
        <translation>Dấu hiệu gian lận theo lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with fraud signals (top {count})</source>
        <translation>Khách hàng có dấu hiệu gian lận (top {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs with fraud signals (top {count})</source>
        <translation>SKU có dấu hiệu gian lận (top {count})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Items held for review: {count}</source>
        <translation>Sản phẩm tạm giữ chờ duyệt: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with a fraud signal: {count}</source>
        <translation>Sản phẩm có dấu hiệu gian lận: {count}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/review/override_dialog.py" line="+60"/>
        <source>Override grade</source>
        <translation>Điều chỉnh hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override a deduction</source>
        <translation>Điều chỉnh khấu trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override disposition</source>
        <translation>Điều chỉnh hướng xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New amount in {currency}</source>
        <translation>Số tiền mới ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the audit trail)</source>
        <translation>Lý do? (lưu vào nhật ký kiểm soát)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {plate}</source>
        <translation>Sản phẩm {plate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Hư hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition</source>
        <translation>Hướng xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>PackagingDialog</name>
    <message>
        <location filename="../../ui/bench/packaging_dialog.py" line="+37"/>
        <source>Packaging condition</source>
        <translation>Tình trạng bao bì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outer packaging as it arrived:  ↑ ↓ then Enter</source>
        <translation>Bao bì ngoài lúc nhận:  ↑ ↓ rồi Enter</translation>
    </message>
</context>
<context>
    <name>ParcelPanel</name>
    <message>
        <location filename="../../ui/bench/parcel_panel.py" line="+165"/>
        <source>Parcel</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parcel open.
Scan a parcel label or RMA number.</source>
        <translation>Chưa mở kiện hàng nào.
Quét nhãn kiện hàng hoặc số RMA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packaging</source>
        <translation>Bao bì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packaging…  Ctrl+P</source>
        <translation>Bao bì…  Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel done  F11</source>
        <translation>Xong kiện  F11</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>none (unexpected return)</source>
        <translation>không có (hàng trả lại ngoài dự kiến)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {expected} units</source>
        <translation>{done}/{expected} chiếc</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Weight: {weight}, typed</source>
        <translation>Cân nặng: {weight}, nhập tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight: {weight}</source>
        <translation>Cân nặng: {weight}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <location filename="../../ui/bench/photo_actions.py" line="+103"/>
        <source>Scan an item first, then choose its picture.</source>
        <translation>Quét sản phẩm trước, rồi chọn ảnh của sản phẩm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of the item</source>
        <translation>Ảnh của sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures ({patterns})</source>
        <translation>Ảnh ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a supervisor can change the camera.</source>
        <translation>Chỉ tổ trưởng mới được đổi camera.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The camera settings could not be saved: {error}</source>
        <translation>Không lưu được cài đặt camera: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera set: {camera}</source>
        <translation>Đã chọn camera: {camera}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scan an item first, then drop its picture.</source>
        <translation>Quét sản phẩm trước, rồi kéo thả ảnh của sản phẩm vào.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/bench/photo_strip.py" line="+120"/>
        <source>Photos: F9 the item · Ctrl+F1–F10 a finding · Shift+F9 remove the newest · Ctrl+O or drop a picture file</source>
        <translation>Ảnh: F9 chụp sản phẩm · Ctrl+F1–F10 chụp hư hỏng · Shift+F9 xóa ảnh mới nhất · Ctrl+O hoặc kéo thả tệp ảnh</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Item</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/review/photo_strip.py" line="+62"/>
        <source>not at this desk yet</source>
        <translation>chưa về bàn này</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../../ui/bench/photo_strip.py" line="-152"/>
        <source>Remove this photo (Shift+F9); Ctrl+Z brings it back</source>
        <translation>Xóa ảnh này (Shift+F9); bấm Ctrl+Z để khôi phục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved</source>
        <translation>chưa lưu</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/review/photo_viewer.py" line="+52"/>
        <source>Photos of {plate}</source>
        <translation>Ảnh của {plate}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>not at this desk yet</source>
        <translation>chưa về bàn này</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Photo {n} of {count}</source>
        <translation>Ảnh {n}/{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{photo}: {finding}</source>
        <translation>{photo}: {finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left/Right: other photos · Esc: close</source>
        <translation>Trái/Phải: ảnh khác · Esc: đóng</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="+97"/>
        <source>Label printer</source>
        <translation>Máy in nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer (labels wait in the reprint queue)</source>
        <translation>Không có máy in (nhãn chờ trong hàng chờ in lại)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop printer (CUPS)</source>
        <translation>Máy in văn phòng (CUPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zebra printer on the network (raw TCP)</source>
        <translation>Máy in Zebra qua mạng (raw TCP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>Máy in mặc định của hệ thống</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (not installed)</source>
        <translation>{name} (chưa cài đặt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host name or IP address</source>
        <translation>tên máy hoặc địa chỉ IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printer:</source>
        <translation>Máy &amp;in:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host:</source>
        <translation>Máy &amp;chủ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort:</source>
        <translation>Cổ&amp;ng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>Độ &amp;phân giải:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the label when an item is &amp;completed</source>
        <translation>In nhãn khi &amp;hoàn tất sản phẩm</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Send labels to:</source>
        <translation>&amp;Gửi nhãn tới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label size:</source>
        <translation>&amp;Khổ nhãn:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the Zebra printer&apos;s host name or IP address.</source>
        <translation>Nhập tên máy hoặc địa chỉ IP của máy in Zebra.</translation>
    </message>
</context>
<context>
    <name>ReportPath</name>
    <message>
        <location filename="../../ui/review/day_report.py" line="+29"/>
        <source>Save the end-of-day PDF</source>
        <translation>Lưu PDF cuối ngày</translation>
    </message>
</context>
<context>
    <name>ReturnChoiceModel</name>
    <message>
        <location filename="../../ui/bench/return_choice_panel.py" line="+40"/>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Số chiếc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Ngày giao</translation>
    </message>
</context>
<context>
    <name>ReturnChoicePanel</name>
    <message>
        <location line="+96"/>
        <source>Which return is this parcel? Press its number, click its row, or scan its RMA label.</source>
        <translation>Kiện hàng này thuộc phiếu trả hàng nào? Bấm số, nhấp vào dòng hoặc quét nhãn RMA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel  Esc</source>
        <translation>Hủy  Esc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1–{count} choose a return · Esc cancel</source>
        <translation>1–{count} chọn phiếu trả hàng · Esc hủy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Returns of order {order}</source>
        <translation>Các phiếu trả hàng của đơn hàng {order}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/review/review_model.py" line="+39"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>Người kiểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exceptions</source>
        <translation>Ngoại lệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition</source>
        <translation>Hướng xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>Khấu trừ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why held</source>
        <translation>Lý do tạm giữ</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>open</source>
        <translation>chưa duyệt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overridden</source>
        <translation>đã điều chỉnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}; your decision was refused</source>
        <translation>{state}; quyết định của bạn bị từ chối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}; late for closed day {day} (no. {number})</source>
        <translation>{state}; đến muộn, ngày {day} đã chốt (số {number})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held: {reasons}</source>
        <translation>Tạm giữ: {reasons}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub refused this bench&apos;s decision: {reason}</source>
        <translation>Máy chủ trung tâm từ chối quyết định của bàn này: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/review/review_view.py" line="+177"/>
        <source>Supervisor review</source>
        <translation>Tổ trưởng duyệt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every station</source>
        <translation>Tất cả các trạm</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Duyệt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade (Ctrl+G)</source>
        <translation>Hạng (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction (Ctrl+K)</source>
        <translation>Khấu trừ (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition (Ctrl+D)</source>
        <translation>Hướng xử lý (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome… (Ctrl+O)</source>
        <translation>Phương án… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Làm mới (F5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-day PDF (Ctrl+E)</source>
        <translation>PDF cuối ngày (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export… (Ctrl+Shift+E)</source>
        <translation>Xuất… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why things come back (Ctrl+I)</source>
        <translation>Vì sao hàng bị trả lại (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="+24"/>
        <source>Report &amp;language</source>
        <translation>&amp;Ngôn ngữ báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the end-of-day PDF</source>
        <translation>Ngôn ngữ của PDF cuối ngày</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+4"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{count} exception(s), {open} still open</source>
        <translation>{count} ngoại lệ, {open} chưa duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="+18"/>
        <source>Cancel PDF (Esc)</source>
        <translation>Hủy PDF (Esc)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF was cancelled; nothing was saved.</source>
        <translation>Đã hủy PDF; chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+134"/>
        <source>Cancel export (Esc)</source>
        <translation>Hủy xuất (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to {path}…</source>
        <translation>Đang xuất ra {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {count} item inspection(s) to {path}</source>
        <translation>Đã xuất {count} lượt kiểm sản phẩm ra {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Đã hủy xuất; chưa lưu gì.</translation>
    </message>
</context>
<context>
    <name>ScaleBridge</name>
    <message>
        <location filename="../../ui/bench/scale_bridge.py" line="+54"/>
        <source>The scale on {port} cannot be read. Check its cable; until it is back, type weights with Ctrl+W.</source>
        <translation>Không đọc được cân ở {port}. Kiểm tra dây cáp; trong lúc chờ, nhập cân nặng bằng Ctrl+W.</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/bench/scan_bar.py" line="+49"/>
        <source>Scan</source>
        <translation>Quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner input appears here · Ctrl+T to type a code</source>
        <translation>Dữ liệu máy quét hiện ở đây · Ctrl+T để nhập mã</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>working… {count} queued</source>
        <translation>đang xử lý… {count} đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working…</source>
        <translation>đang xử lý…</translation>
    </message>
</context>
<context>
    <name>SerialDialog</name>
    <message>
        <location filename="../../ui/bench/serial_dialog.py" line="+33"/>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number of the item in hand (type it, or scan it here):</source>
        <translation>Số sê-ri của sản phẩm đang kiểm (gõ hoặc quét vào đây):</translation>
    </message>
</context>
<context>
    <name>ShiftLogModel</name>
    <message>
        <location filename="../../ui/bench/shift_log_model.py" line="+114"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan</source>
        <translation>Mã quét</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>ShiftLogPanel</name>
    <message>
        <location filename="../../ui/bench/shift_log_panel.py" line="+51"/>
        <source>This shift: {count} scans</source>
        <translation>Ca này: {count} lượt quét</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/bench/sign_in_view.py" line="+56"/>
        <source>Return inspection</source>
        <translation>Kiểm hàng trả lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge {badge}: type your PIN and press Enter</source>
        <translation>Thẻ {badge}: nhập PIN rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc: scan a different badge</source>
        <translation>Esc: quét thẻ khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan your badge to sign in</source>
        <translation>Quét thẻ nhân viên để đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station {station}</source>
        <translation>Trạm {station}</translation>
    </message>
</context>
<context>
    <name>SiteFlowPanel</name>
    <message>
        <location filename="../../ui/review/site_flow_panel.py" line="+72"/>
        <source>Waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Station</source>
        <translation>Trạm</translation>
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
        <translation>Người kiểm</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exceptions</source>
        <translation>Ngoại lệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest waiting</source>
        <translation>Chờ lâu nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Median</source>
        <translation>Trung vị</translation>
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
        <translation>Nhận đến nhập kho, trung vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per hour</source>
        <translation>Sản phẩm/giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Các trạm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open holds, oldest first</source>
        <translation>Hàng đang giữ chờ duyệt, cũ nhất trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog: parcels received, not yet inspected</source>
        <translation>Tồn đọng: kiện hàng đã nhận, chưa kiểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock to stock per station (parcel received to item completed)</source>
        <translation>Thời gian nhận đến nhập kho theo trạm (từ lúc nhận kiện hàng đến lúc hoàn tất sản phẩm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per inspector, across the benches they worked at: dock to stock and items per hour</source>
        <translation>Theo người kiểm, trên mọi bàn đã làm: thời gian nhận đến nhập kho và số sản phẩm/giờ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours worked are active time: the stretches from one parcel or item to the next, with gaps of more than 15 minutes left out as breaks.</source>
        <translation>Giờ làm việc là thời gian làm thực tế: các khoảng từ kiện hàng hoặc sản phẩm này sang cái tiếp theo; quãng nghỉ quá 15 phút được tính là giờ nghỉ và không cộng vào.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} d {hours} h</source>
        <translation>{days} ngày {hours} giờ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>As of {time} on {day} ({zone}), by this desk&apos;s records. Holds and backlog: what is open now, from {since}; dock to stock and items per hour: items completed {first} to {last}.</source>
        <translation>Tính đến {time} ngày {day} ({zone}), theo dữ liệu của bàn này. Hàng đang giữ và tồn đọng: những gì còn mở hiện tại, từ {since}; thời gian nhận đến nhập kho và sản phẩm/giờ: các sản phẩm hoàn tất từ {first} đến {last}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open holds: none</source>
        <translation>Hàng đang giữ: không có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open holds: {count}, the oldest waiting {age}</source>
        <translation>Hàng đang giữ: {count}, lâu nhất đã chờ {age}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcels not yet inspected: none</source>
        <translation>Kiện hàng chưa kiểm: không có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels not yet inspected: {count} (stations with a backlog: {stations})</source>
        <translation>Kiện hàng chưa kiểm: {count} (trạm còn tồn đọng: {stations})</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../ui/review/supervisor_actions.py" line="+27"/>
        <source>Only a supervisor can review and override inspections.</source>
        <translation>Chỉ tổ trưởng mới được duyệt và điều chỉnh kết quả kiểm.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only a supervisor can unlock a badge.</source>
        <translation>Chỉ tổ trưởng mới được mở khóa thẻ nhân viên.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/review/insight_view.py" line="-212"/>
        <source>Items per day (bars), exceptions per day (line)</source>
        <translation>Sản phẩm mỗi ngày (cột), ngoại lệ mỗi ngày (đường)</translation>
    </message>
</context>
<context>
    <name>UnlockBadgeDialog</name>
    <message>
        <location filename="../../ui/bench/unlock_badge_dialog.py" line="+33"/>
        <source>Unlock a badge</source>
        <translation>Mở khóa thẻ nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OP-1234</source>
        <translation>OP-1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the badge locked by wrong PINs, or type it, then Enter.</source>
        <translation>Quét thẻ bị khóa do nhập sai PIN, hoặc nhập mã thẻ, rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>UvcCamera</name>
    <message>
        <location filename="../../ui/bench/camera_source.py" line="-114"/>
        <source>No camera found. Plug in the camera, or drop a picture file on the window.</source>
        <translation>Không tìm thấy camera. Cắm camera vào, hoặc kéo thả tệp ảnh vào cửa sổ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The camera was unplugged. Plug it back in, or drop a picture file on the window.</source>
        <translation>Camera đã bị rút ra. Cắm lại, hoặc kéo thả tệp ảnh vào cửa sổ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera stopped working ({message}). Drop a picture file on the window, or ask a supervisor to check the camera (Ctrl+Shift+C).</source>
        <translation>Camera ngừng hoạt động ({message}). Kéo thả tệp ảnh vào cửa sổ, hoặc nhờ tổ trưởng kiểm tra camera (Ctrl+Shift+C).</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <location filename="../../ui/bench/weight_dialog.py" line="+40"/>
        <source>Weight</source>
        <translation>Cân nặng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the item in hand weighs:</source>
        <translation>Cân nặng của sản phẩm đang kiểm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the parcel weighs, as received:</source>
        <translation>Cân nặng của kiện hàng khi nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grams (1234), or with a unit: 1.234 kg, 2.7 lb</source>
        <translation>gam (1234), hoặc kèm đơn vị: 1.234 kg, 2.7 lb</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a weight</source>
        <translation>Không phải cân nặng</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+129"/>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <location filename="../../inspector/bench/labels_at_bench.py" line="+118"/>
        <source>The station settings could not be saved.</source>
        <translation>Không lưu được cài đặt trạm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk space and the data folder&apos;s permissions, then try again.</source>
        <translation>Kiểm tra dung lượng ổ đĩa và quyền của thư mục dữ liệu, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/label_steps.py" line="+24"/>
        <source>Label {plate} was not printed. {problem}</source>
        <translation>Nhãn {plate} chưa được in. {problem}</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+178"/>
        <source>Type your PIN, or scan your badge again.</source>
        <translation>Nhập PIN, hoặc quét lại thẻ nhân viên.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/photo_steps.py" line="+50"/>
        <source>The photo is kept and will be recorded: {problem}</source>
        <translation>Ảnh được giữ lại và sẽ được ghi nhận: {problem}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{finding} is not a finding here.</source>
        <translation>{finding} không phải loại hư hỏng ở đây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking a photo of {description}…</source>
        <translation>Đang chụp ảnh {description}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking a photo of {finding}…</source>
        <translation>Đang chụp ảnh {finding}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../inspector/bench/session.py" line="+1"/>
        <source>Sign in first: scan your badge.</source>
        <translation>Hãy đăng nhập trước: quét thẻ nhân viên.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Photo saved.</source>
        <translation>Đã lưu ảnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo of {finding} saved.</source>
        <translation>Đã lưu ảnh {finding}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A photo kept for recording was dropped: {problem}</source>
        <translation>Đã bỏ một ảnh đang chờ ghi nhận: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This item&apos;s photo is not recorded yet, so it cannot be completed: {problem}</source>
        <translation>Ảnh của sản phẩm này chưa được ghi nhận nên chưa thể hoàn tất: {problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This item has no photo to remove.</source>
        <translation>Sản phẩm này không có ảnh nào để xóa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo removed. Ctrl+Z brings it back.</source>
        <translation>Đã xóa ảnh. Bấm Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo brought back.</source>
        <translation>Đã khôi phục ảnh.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+11"/>
        <source>No item with label {plate} on this bench.</source>
        <translation>Không có sản phẩm nào mang nhãn {plate} tại bàn này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{plate}: {description}, grade {grade}, {disposition} to bin {bin} ({status}).</source>
        <translation>{plate}: {description}, hạng {grade}, {disposition}, vào thùng {bin} ({status}).</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="+54"/>
        <source>Resumed the parcel left open at this bench.</source>
        <translation>Đã mở lại kiện hàng còn dở tại bàn này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish (F12) or cancel (Esc) the item in hand before the next parcel.</source>
        <translation>Hoàn tất (F12) hoặc hủy (Esc) sản phẩm đang kiểm trước khi sang kiện hàng tiếp theo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{rma} is the parcel open now: scan its items, or press F11 when it is done.</source>
        <translation>{rma} là bưu kiện đang mở: quét các mặt hàng của nó, hoặc nhấn F11 khi xong.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No return found for this parcel: received as an unexpected return.</source>
        <translation>Không tìm thấy đơn trả hàng cho kiện này: nhận như hàng trả lại ngoài dự kiến.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rma}: {warnings}</source>
        <translation>{rma}: {warnings}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rma}, order {order}: scan the first item.</source>
        <translation>{rma}, đơn hàng {order}: quét sản phẩm đầu tiên.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order {order} has more than {count} open returns: scan the RMA label.</source>
        <translation>Đơn hàng {order} có hơn {count} phiếu trả hàng đang mở: quét nhãn RMA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order {order} has {count} open returns: press 1-{count} or scan the RMA label.</source>
        <translation>Đơn hàng {order} có {count} phiếu trả hàng đang mở: bấm 1-{count} hoặc quét nhãn RMA.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No returns to choose from.</source>
        <translation>Không có phiếu trả hàng nào để chọn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press 1-{count} to choose a return, or scan the RMA label.</source>
        <translation>Bấm 1-{count} để chọn phiếu trả hàng, hoặc quét nhãn RMA.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+12"/>
        <source>Scan the parcel (tracking or RMA label) before its items.</source>
        <translation>Quét kiện hàng (nhãn vận đơn hoặc nhãn RMA) trước khi quét sản phẩm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade the item in hand (keys 1-5) or cancel it (Esc) before the next.</source>
        <translation>Xếp hạng sản phẩm đang kiểm (phím 1-5) hoặc hủy (Esc) trước khi sang sản phẩm tiếp theo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{description}: {problems}</source>
        <translation>{description}: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{description}: grade it (1-5).</source>
        <translation>{description}: hãy xếp hạng (1-5).</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/photo_steps.py" line="-113"/>
        <location filename="../../inspector/bench/session.py" line="+20"/>
        <location filename="../../inspector/bench/weighing_steps.py" line="+87"/>
        <source>Scan an item first.</source>
        <translation>Hãy quét sản phẩm trước.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+17"/>
        <source>Grade {grade}.</source>
        <translation>Hạng {grade}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key {key} is not a grade here.</source>
        <translation>Phím {key} không phải là hạng ở đây.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{finding}: recorded.</source>
        <translation>{finding}: đã ghi nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finding}: removed.</source>
        <translation>{finding}: đã bỏ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disposition: {disposition}.</source>
        <translation>Hướng xử lý: {disposition}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../inspector/usecases/inspections.py" line="+139"/>
        <source>Scan a parcel first.</source>
        <translation>Hãy quét kiện hàng trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packaging condition recorded.</source>
        <translation>Đã ghi nhận tình trạng bao bì.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: {description}, grade {grade}, {disposition} to bin {bin}.</source>
        <translation>Xong: {description}, hạng {grade}, {disposition}, vào thùng {bin}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done} {problem}</source>
        <translation>{done} {problem}</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="-10"/>
        <source>No return chosen: scan the RMA label or the tracking number.</source>
        <translation>Chưa chọn phiếu trả hàng: quét nhãn RMA hoặc mã vận đơn.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+19"/>
        <source>Item cancelled; nothing was recorded for it.</source>
        <translation>Đã hủy sản phẩm; không ghi nhận gì cho sản phẩm này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item in hand. To finish the parcel scan PARCEL DONE.</source>
        <translation>Không có sản phẩm đang kiểm. Muốn kết thúc kiện hàng, hãy quét PARCEL DONE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to cancel.</source>
        <translation>Không có gì để hủy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopened {description}.</source>
        <translation>Đã mở lại {description}.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="+30"/>
        <source>No parcel open.</source>
        <translation>Chưa mở kiện hàng nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../inspector/usecases/inspections.py" line="+2"/>
        <source>Finish or cancel the item in hand first.</source>
        <translation>Hãy hoàn tất hoặc hủy sản phẩm đang kiểm trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parcel done: {count} item(s). Scan the next parcel.</source>
        <translation>Xong kiện hàng: {count} sản phẩm. Quét kiện tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/label_steps.py" line="+21"/>
        <source>No label to reprint yet.</source>
        <translation>Chưa có nhãn nào để in lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No label printer is set up at this station; label {plate} was not printed.</source>
        <translation>Trạm này chưa cài đặt máy in nhãn; nhãn {plate} chưa được in.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing label {plate}…</source>
        <translation>Đang in nhãn {plate}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{found} {printing}</source>
        <translation>{found} {printing}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Label {plate} printed.</source>
        <translation>Đã in nhãn {plate}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Label printing is not available at this bench.</source>
        <translation>Bàn này không in nhãn được.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Only a supervisor can change the label printer.</source>
        <translation>Chỉ tổ trưởng mới được đổi máy in nhãn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label printer: {printer}. Labels waiting: {count}.</source>
        <translation>Máy in nhãn: {printer}. Nhãn đang chờ: {count}.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+12"/>
        <source>A new site policy came from the hub but could not be read; the bench keeps the one it has.</source>
        <translation>Đã nhận quy định mới của kho từ máy chủ trung tâm nhưng không đọc được; bàn kiểm giữ nguyên quy định hiện có.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site policy was updated from the hub; it applies from the next item.</source>
        <translation>Quy định của kho đã được cập nhật từ máy chủ trung tâm; áp dụng từ sản phẩm tiếp theo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not on this return (wrong item).</source>
        <translation>Không có trong đơn trả hàng này (sai hàng).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than the return expects.</source>
        <translation>Nhiều hơn số lượng đơn trả hàng dự kiến.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number is not the one shipped.</source>
        <translation>Số sê-ri không khớp với hàng đã giao.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial number scanned: type it with Ctrl+Shift+S.</source>
        <translation>Chưa quét số sê-ri: nhập bằng Ctrl+Shift+S.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel has no return.</source>
        <translation>Kiện hàng không có đơn trả hàng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the return window.</source>
        <translation>Quá thời hạn trả hàng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-returnable category.</source>
        <translation>Ngành hàng không được trả lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return is not open upstream.</source>
        <translation>Đơn trả hàng không còn mở ở hệ thống nguồn.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/sign_in.py" line="+78"/>
        <source>Finish or cancel the item in hand before another operator signs in.</source>
        <translation>Hoàn tất hoặc hủy sản phẩm đang kiểm trước khi nhân viên khác đăng nhập.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge {badge}: type your PIN and press Enter.</source>
        <translation>Thẻ {badge}: nhập PIN rồi nhấn Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan your badge first.</source>
        <translation>Hãy quét thẻ nhân viên trước.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in: {name}.</source>
        <translation>Đã đăng nhập: {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: {name}. {warning}</source>
        <translation>Đã đăng nhập: {name}. {warning}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../inspector/usecases/operators.py" line="+167"/>
        <source>Only a supervisor can unlock a badge.</source>
        <translation>Chỉ tổ trưởng mới được mở khóa thẻ nhân viên.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{text}&quot; is not a badge: scan the badge to unlock.</source>
        <translation>&quot;{text}&quot; không phải thẻ nhân viên: hãy quét thẻ cần mở khóa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge {badge} unlocked: it can sign in again.</source>
        <translation>Đã mở khóa thẻ {badge}: có thể đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge {badge} was not locked.</source>
        <translation>Thẻ {badge} không bị khóa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finish or cancel the item in hand before signing out.</source>
        <translation>Hoàn tất hoặc hủy sản phẩm đang kiểm trước khi đăng xuất.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out. An open parcel resumes at the next sign-in.</source>
        <translation>Đã đăng xuất. Kiện hàng đang mở sẽ tiếp tục ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed out: idle for {minutes} min. The item in hand is kept and resumes at the next sign-in.</source>
        <translation>Đã tự động đăng xuất sau {minutes} phút không thao tác. Sản phẩm đang kiểm được giữ lại và sẽ tiếp tục ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out: idle for {minutes} min. An open parcel resumes at the next sign-in.</source>
        <translation>Đã tự động đăng xuất sau {minutes} phút không thao tác. Kiện hàng đang mở sẽ tiếp tục ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/views.py" line="+62"/>
        <source>No return is known for this parcel: it is received as an unexpected return.</source>
        <translation>Không có đơn trả hàng nào cho kiện này: nhận như hàng trả lại ngoài dự kiến.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was cancelled or closed upstream: check with a supervisor.</source>
        <translation>Đơn trả hàng này đã bị hủy hoặc đóng ở hệ thống nguồn: hãy hỏi tổ trưởng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received after the return window closed.</source>
        <translation>Nhận sau khi đã hết hạn trả hàng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel does not weigh what the return&apos;s items should.</source>
        <translation>Kiện hàng không nặng đúng bằng hàng trả hàng cần có.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel weighs hardly more than its packaging: it may be empty.</source>
        <translation>Kiện hàng chỉ nặng gần bằng bao bì: có thể rỗng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the return were not in this parcel.</source>
        <translation>Một số sản phẩm trả hàng không có trong kiện này.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>chosen by a supervisor</source>
        <translation>do tổ trưởng chọn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>deductions waived, +{bonus}%</source>
        <translation>miễn khấu trừ, +{bonus}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deductions waived</source>
        <translation>miễn khấu trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after deductions, +{bonus}%</source>
        <translation>sau khấu trừ, +{bonus}%</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>if the grade allows it</source>
        <translation>nếu hạng cho phép</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exchange asked; it needs grade {lowest} or better</source>
        <translation>khách muốn đổi hàng; cần hạng {lowest} trở lên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a supervisor decides</source>
        <translation>tổ trưởng quyết định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not refundable</source>
        <translation>không được hoàn tiền</translation>
    </message>
    <message>
        <location filename="../../inspector/exporting/atomic_file.py" line="+31"/>
        <source>Choose another folder.</source>
        <translation>Chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full: {path} was not written.</source>
        <translation>Ổ đĩa đã đầy: chưa ghi được {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space and export again.</source>
        <translation>Giải phóng dung lượng rồi xuất lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission to write {path}.</source>
        <translation>Không có quyền ghi {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is on a read-only disk.</source>
        <translation>{folder} nằm trên ổ đĩa chỉ đọc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it or choose another folder.</source>
        <translation>Tạo thư mục này hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} không phải là thư mục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another path.</source>
        <translation>Chọn đường dẫn khác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be written: {why}.</source>
        <translation>Không ghi được {path}: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk or choose another folder.</source>
        <translation>Kiểm tra ổ đĩa hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder.</source>
        <translation>{path} là một thư mục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name.</source>
        <translation>Hãy nhập tên tệp.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/jobs.py" line="+75"/>
        <source>Unknown label size {size}.</source>
        <translation>Khổ nhãn {size} không xác định.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {plate} was cancelled; it gets no label.</source>
        <translation>Sản phẩm {plate} đã bị hủy; không có nhãn.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That label is no longer waiting to be printed.</source>
        <translation>Nhãn đó không còn chờ in nữa.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/label_source.py" line="+21"/>
        <source>No item with label or id {ref} on this bench.</source>
        <translation>Không có sản phẩm nào mang nhãn hoặc mã {ref} tại bàn này.</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/problems.py" line="+11"/>
        <source>The label is kept in the reprint queue; the inspection is saved.</source>
        <translation>Nhãn vẫn nằm trong hàng chờ in lại; kết quả kiểm đã được lưu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No label printer is set up at this station.</source>
        <translation>Trạm này chưa cài đặt máy in nhãn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to choose one in the station settings.</source>
        <translation>Nhờ quản trị viên chọn máy in trong cài đặt trạm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label printer {where} refused the connection.</source>
        <translation>Máy in nhãn {where} từ chối kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on, online and set to raw port 9100.</source>
        <translation>Kiểm tra máy in đã bật, đang trực tuyến và đặt cổng raw 9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer {where} did not answer in time.</source>
        <translation>Máy in nhãn {where} không phản hồi kịp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check its power and network cable, then reprint.</source>
        <translation>Kiểm tra nguồn điện và cáp mạng, rồi in lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer {where} cannot be reached ({detail}).</source>
        <translation>Không kết nối được máy in nhãn {where} ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer&apos;s address in the station settings and the network.</source>
        <translation>Kiểm tra địa chỉ máy in trong cài đặt trạm và kiểm tra mạng.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label printer {where} is not ready: {state}.</source>
        <translation>Máy in nhãn {where} chưa sẵn sàng: {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix it at the printer, then reprint.</source>
        <translation>Khắc phục tại máy in, rồi in lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer {name} is not installed on this computer.</source>
        <translation>Máy in {name} chưa được cài đặt trên máy tính này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an installed printer in the station settings.</source>
        <translation>Chọn một máy in đã cài đặt trong cài đặt trạm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer {name} did not take the label.</source>
        <translation>Máy in {name} không nhận lệnh in nhãn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer and its queue, then reprint.</source>
        <translation>Kiểm tra máy in và hàng đợi in, rồi in lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of labels</source>
        <translation>hết nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head open</source>
        <translation>đầu in đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>đang tạm dừng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ribbon out</source>
        <translation>hết ruy băng mực</translation>
    </message>
    <message>
        <location filename="../../inspector/scans/errors.py" line="+71"/>
        <source>The scan was empty. Scan the barcode again.</source>
        <translation>Lần quét bị trống. Quét lại mã vạch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan is too long ({length} characters, at most {limit}). Scan one barcode at a time.</source>
        <translation>Mã quét quá dài ({length} ký tự, tối đa {limit}). Mỗi lần chỉ quét một mã vạch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan &quot;{scan}&quot; contains hidden control characters. Rescan; if it happens again, ask a supervisor to check the scanner settings.</source>
        <translation>Mã quét &quot;{scan}&quot; chứa ký tự điều khiển ẩn. Quét lại; nếu vẫn bị, nhờ tổ trưởng kiểm tra cài đặt máy quét.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan &quot;{scan}&quot; could not be read: the scanner sent broken characters. Scan the barcode again.</source>
        <translation>Không đọc được mã quét &quot;{scan}&quot;: máy quét gửi ký tự lỗi. Quét lại mã vạch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check digit does not match: {value} is not a valid {formats}. Rescan the barcode.</source>
        <translation>Số kiểm tra không khớp: {value} không phải mã {formats} hợp lệ. Quét lại mã vạch.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This GS1 barcode cannot be read: {problem}. Rescan the barcode or type the number printed under it.</source>
        <translation>Không đọc được mã vạch GS1 này: {problem}. Quét lại hoặc nhập dãy số in bên dưới mã vạch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command barcode &quot;{scan}&quot;. Use the command card at your bench.</source>
        <translation>Mã vạch lệnh &quot;{scan}&quot; không xác định. Dùng bảng mã lệnh tại bàn của bạn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{scan}&quot; is not a barcode this bench knows{hint}. Scan the parcel label, the item barcode or a bench card.</source>
        <translation>&quot;{scan}&quot; không phải mã vạch bàn này nhận biết{hint}. Quét nhãn kiện hàng, mã vạch sản phẩm hoặc bảng mã lệnh của bàn.</translation>
    </message>
    <message>
        <location filename="../../inspector/storage/database.py" line="+29"/>
        <source>This database was made by a newer version of the program, which this version cannot read; it was not changed.</source>
        <translation>Cơ sở dữ liệu này do một phiên bản chương trình mới hơn tạo ra, phiên bản này không đọc được; cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer version again, or restore a backup made before it (inspector restore FILE).</source>
        <translation>Hãy cài lại phiên bản mới hơn, hoặc khôi phục bản sao lưu tạo trước khi cài phiên bản đó (inspector restore FILE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database is busy (locked by another program).</source>
        <translation>Cơ sở dữ liệu đang bận (bị chương trình khác khóa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a moment and try again; nothing was lost.</source>
        <translation>Chờ giây lát rồi thử lại; không mất dữ liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>Ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space; nothing was lost.</source>
        <translation>Hãy giải phóng dung lượng; không mất dữ liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk could not be read or written.</source>
        <translation>Không đọc hoặc ghi được ổ đĩa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk; nothing was lost.</source>
        <translation>Kiểm tra ổ đĩa; không mất dữ liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be opened.</source>
        <translation>Không mở được tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data folder exists and is writable.</source>
        <translation>Kiểm tra thư mục dữ liệu có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is read-only.</source>
        <translation>Cơ sở dữ liệu ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the permissions of the data folder.</source>
        <translation>Kiểm tra quyền của thư mục dữ liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged or is not a bench database.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu của bàn kiểm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it from a backup, or choose another data folder.</source>
        <translation>Khôi phục từ bản sao lưu, hoặc chọn thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/client.py" line="+33"/>
        <source>The hub cannot be reached.</source>
        <translation>Không kết nối được máy chủ trung tâm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work goes on; records are kept and sent when it is back.</source>
        <translation>Vẫn làm việc bình thường; dữ liệu được lưu lại và gửi đi khi kết nối trở lại.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub refused this station&apos;s token.</source>
        <translation>Máy chủ trung tâm từ chối token của trạm này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator for a new station token.</source>
        <translation>Xin quản trị viên cấp token mới cho trạm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub refused what this station asked for.</source>
        <translation>Máy chủ trung tâm từ chối yêu cầu của trạm này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the administrator what the hub said (in the details).</source>
        <translation>Báo cho quản trị viên nội dung máy chủ trung tâm trả về (trong phần chi tiết).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This station&apos;s token belongs to {token_station}, but this bench calls itself {bench_station}.</source>
        <translation>Token của trạm này thuộc về {token_station}, nhưng bàn này lại mang tên {bench_station}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the station name to {token_station} (inspector settings --set-station {token_station}) or ask the administrator for a token for {bench_station}.</source>
        <translation>Đặt tên trạm là {token_station} (inspector settings --set-station {token_station}) hoặc xin quản trị viên token cho {bench_station}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No hub is set up for this station.</source>
        <translation>Trạm này chưa cài đặt máy chủ trung tâm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hub_url and hub_token in the station settings.</source>
        <translation>Đặt hub_url và hub_token trong cài đặt trạm.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hub refused a photo: its bytes did not match its hash.</source>
        <translation>Máy chủ trung tâm từ chối một ảnh: dữ liệu không khớp với mã băm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is sent again from the start.</source>
        <translation>Ảnh sẽ được gửi lại từ đầu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub&apos;s record of a photo gives another size than its file.</source>
        <translation>Bản ghi ảnh trên máy chủ trung tâm ghi dung lượng khác với tệp ảnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is set aside; tell the administrator.</source>
        <translation>Ảnh bị gác lại; báo cho quản trị viên.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The hub refused a photo as too big.</source>
        <translation>Máy chủ trung tâm từ chối một ảnh vì quá lớn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to check the hub&apos;s photo size limit.</source>
        <translation>Nhờ quản trị viên kiểm tra giới hạn dung lượng ảnh của máy chủ trung tâm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hub keeps no photos: they wait at this bench.</source>
        <translation>Máy chủ trung tâm không lưu ảnh: ảnh đang chờ tại bàn này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to start the hub with --photos DIR.</source>
        <translation>Nhờ quản trị viên khởi động máy chủ trung tâm với --photos DIR.</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/closed_days.py" line="+78"/>
        <source>The site&apos;s day {day} is already closed: report no. {number}, signed by {signer} at {at} (UTC).</source>
        <translation>Ngày {day} của kho đã được chốt: báo cáo số {number}, do {signer} ký lúc {at} (UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This station may not close the site&apos;s day: only a supervisor desk may. The administrator gives it the right with `inspector hub add-station {station} --site-view`.</source>
        <translation>Trạm này không được chốt ngày của kho: chỉ bàn tổ trưởng mới được. Quản trị viên cấp quyền bằng lệnh `inspector hub add-station {station} --site-view`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub did not close the day: {why}</source>
        <translation>Máy chủ trung tâm không chốt được ngày: {why}</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/exports.py" line="+53"/>
        <source>Unknown export format {fmt}: choose {formats}.</source>
        <translation>Định dạng xuất {fmt} không xác định: chọn {formats}.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/inspections.py" line="-24"/>
        <source>That record belongs to station {station}: this desk holds a read-only copy.</source>
        <translation>Bản ghi đó thuộc trạm {station}: bàn này chỉ giữ bản sao chỉ đọc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../inspector/usecases/photos.py" line="+77"/>
        <source>That item is no longer on this bench.</source>
        <translation>Sản phẩm đó không còn ở bàn này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item is already finished.</source>
        <translation>Sản phẩm đó đã kiểm xong.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../inspector/usecases/review.py" line="+271"/>
        <source>Grade {grade} is not on this site&apos;s scale ({scale}).</source>
        <translation>Hạng {grade} không có trong thang hạng của kho ({scale}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../inspector/usecases/review.py" line="+85"/>
        <source>Unknown disposition {code}.</source>
        <translation>Hướng xử lý {code} không xác định.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the proposed disposition needs a reason.</source>
        <translation>Đổi hướng xử lý đề xuất thì phải nêu lý do.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A serial number is 1 to 64 characters.</source>
        <translation>Số sê-ri dài từ 1 đến 64 ký tự.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Grade the item before completing it.</source>
        <translation>Xếp hạng sản phẩm trước khi hoàn tất.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item cannot be completed now.</source>
        <translation>Chưa thể hoàn tất sản phẩm đó lúc này.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only an item of the parcel still open can be reopened.</source>
        <translation>Chỉ mở lại được sản phẩm thuộc kiện hàng còn đang mở.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/operators.py" line="-134"/>
        <source>Badge or PIN not recognised.</source>
        <translation>Không nhận ra thẻ nhân viên hoặc PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge {badge} is locked after too many wrong PINs. Try again in {seconds} s, or ask a supervisor to unlock it.</source>
        <translation>Thẻ {badge} bị khóa do nhập sai PIN quá nhiều lần. Thử lại sau {seconds} giây, hoặc nhờ tổ trưởng mở khóa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge {badge} is locked after too many wrong PINs. Try again in {minutes} min, or ask a supervisor to unlock it.</source>
        <translation>Thẻ {badge} bị khóa do nhập sai PIN quá nhiều lần. Thử lại sau {minutes} phút, hoặc nhờ tổ trưởng mở khóa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bench has not reached the hub since {since}; an operator deactivated since then may still sign in.</source>
        <translation>Bàn này chưa kết nối được máy chủ trung tâm từ {since}; nhân viên bị vô hiệu hóa sau thời điểm đó vẫn có thể đăng nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bench has not reached the hub yet; an operator deactivated at the hub may still sign in here.</source>
        <translation>Bàn này chưa từng kết nối máy chủ trung tâm; nhân viên đã bị vô hiệu hóa trên máy chủ trung tâm vẫn có thể đăng nhập tại đây.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Badge {badge} is already in use.</source>
        <translation>Thẻ {badge} đang được sử dụng.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/parcels.py" line="+100"/>
        <source>That parcel is no longer on this bench.</source>
        <translation>Kiện hàng đó không còn ở bàn này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That parcel is already finished.</source>
        <translation>Kiện hàng đó đã kiểm xong.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown packaging condition {code}.</source>
        <translation>Tình trạng bao bì {code} không xác định.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finish or cancel the item in hand before closing the parcel.</source>
        <translation>Hoàn tất hoặc hủy sản phẩm đang kiểm trước khi đóng kiện hàng.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/review.py" line="-221"/>
        <source>Only a supervisor can review and override inspections.</source>
        <translation>Chỉ tổ trưởng mới được duyệt và điều chỉnh kết quả kiểm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write each day as YYYY-MM-DD, e.g. {example}.</source>
        <translation>Ghi ngày theo dạng YYYY-MM-DD, ví dụ {example}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range ends ({last}) before it starts ({first}).</source>
        <translation>Ngày kết thúc ({last}) sớm hơn ngày bắt đầu ({first}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only a completed inspection can be reviewed.</source>
        <translation>Chỉ duyệt được lượt kiểm đã hoàn tất.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An override needs a reason.</source>
        <translation>Điều chỉnh cần có lý do.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You inspected this item yourself: another supervisor must approve, override or release it.</source>
        <translation>Bạn đã tự kiểm sản phẩm này: một tổ trưởng khác phải duyệt, điều chỉnh hoặc bỏ giữ.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/outcome_override.py" line="+57"/>
        <location filename="../../inspector/usecases/review.py" line="+61"/>
        <location line="+23"/>
        <location line="+47"/>
        <source>The item already has that value.</source>
        <translation>Sản phẩm đã có giá trị này.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/review.py" line="-29"/>
        <source>This item has no paid price to deduct from.</source>
        <translation>Sản phẩm này không có giá mua để khấu trừ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That deduction cannot be set: {why}</source>
        <translation>Không thể đặt khoản khấu trừ đó: {why}</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/outcome_override.py" line="-10"/>
        <source>Unknown outcome {code}.</source>
        <translation>Phương án không xác định: {code}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer named no item to exchange for.</source>
        <translation>Khách chưa chọn sản phẩm để đổi.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/site_status.py" line="+64"/>
        <source>site as of {time}</source>
        <translation>kho tính đến {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} never heard from</source>
        <translation>{station} chưa từng kết nối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} last heard {time}</source>
        <translation>{station} kết nối lần cuối {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{said}; {station}</source>
        <translation>{said}; {station}</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/engine.py" line="+46"/>
        <source>The hub&apos;s answer acknowledged none of the records sent.</source>
        <translation>Máy chủ trung tâm đã trả lời nhưng không xác nhận bản ghi nào đã gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the hub and the bench run matching versions.</source>
        <translation>Hãy kiểm tra xem máy chủ trung tâm và bàn kiểm có chạy phiên bản tương thích không.</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/weighing_steps.py" line="-21"/>
        <source>{weight} on the scale: it is the parcel&apos;s if you scan its label now.</source>
        <translation>{weight} trên cân: sẽ tính cho kiện hàng nếu bạn quét nhãn của nó ngay.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan a parcel or an item before typing its weight.</source>
        <translation>Hãy quét kiện hàng hoặc sản phẩm trước khi nhập cân nặng.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serial {serial}: not the one shipped.</source>
        <translation>Số sê-ri {serial}: không khớp với hàng đã giao.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {serial} recorded.</source>
        <translation>Đã ghi số sê-ri {serial}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{weight} is not a weight the bench can record.</source>
        <translation>{weight} không phải cân nặng có thể ghi nhận.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The item weighs {weight}: not what it should ({detail}).</source>
        <translation>Sản phẩm nặng {weight}: không đúng như phải có ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item weighed: {weight}.</source>
        <translation>Đã cân sản phẩm: {weight}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parcel weighs {weight}: it may be empty ({detail}).</source>
        <translation>Kiện hàng nặng {weight}: có thể rỗng ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parcel weighs {weight}: not what its return&apos;s items should ({detail}).</source>
        <translation>Kiện hàng nặng {weight}: không đúng với hàng trả hàng ({detail}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel weighed: {weight}.</source>
        <translation>Đã cân kiện hàng: {weight}.</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/weighing.py" line="+42"/>
        <source>A weight must be between 1 g and {most} g.</source>
        <translation>Cân nặng phải từ 1 g đến {most} g.</translation>
    </message>
    <message>
        <location filename="../../inspector/domain/photo_rules.py" line="+61"/>
        <source>A photo is needed before completing: grade {grade}. Press F9, or drop a picture on the window.</source>
        <translation>Cần chụp ảnh trước khi hoàn tất: hạng {grade}. Bấm F9, hoặc kéo thả ảnh vào cửa sổ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo is needed before completing: {finding}. Press F9, or drop a picture on the window.</source>
        <translation>Cần chụp ảnh trước khi hoàn tất: {finding}. Bấm F9, hoặc kéo thả ảnh vào cửa sổ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A photo is needed before completing: {flag}. Press F9, or drop a picture on the window.</source>
        <translation>Cần chụp ảnh trước khi hoàn tất: {flag}. Bấm F9, hoặc kéo thả ảnh vào cửa sổ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo is needed before completing: a deduction is kept back. Press F9, or drop a picture on the window.</source>
        <translation>Cần chụp ảnh trước khi hoàn tất: có khoản khấu trừ. Bấm F9, hoặc kéo thả ảnh vào cửa sổ.</translation>
    </message>
    <message>
        <location filename="../../inspector/photos/imaging.py" line="+136"/>
        <source>This file is not a picture (JPEG, PNG or HEIC).</source>
        <translation>Tệp này không phải là ảnh (JPEG, PNG hoặc HEIC).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This picture file is too big: {size} MB (at most {limit} MB).</source>
        <translation>Tệp ảnh quá lớn: {size} MB (tối đa {limit} MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This picture has too many pixels ({pixels} million; at most {limit} million).</source>
        <translation>Ảnh có quá nhiều điểm ảnh ({pixels} triệu; tối đa {limit} triệu).</translation>
    </message>
    <message>
        <location filename="../../inspector/photos/store.py" line="+31"/>
        <source>The disk is full: the photo was not saved.</source>
        <translation>Ổ đĩa đã đầy: ảnh chưa được lưu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space and press F9 again; the item stays in hand.</source>
        <translation>Giải phóng dung lượng rồi bấm F9 lại; sản phẩm vẫn đang kiểm.</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/photo_upload.py" line="+47"/>
        <source>The photo file on this bench is damaged or missing; it was not sent.</source>
        <translation>Tệp ảnh trên bàn này bị hỏng hoặc bị mất; chưa gửi đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused the photo 3 times ({detail}).</source>
        <translation>Máy chủ trung tâm đã từ chối ảnh 3 lần ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub&apos;s record of the photo gives another size than its file ({detail}).</source>
        <translation>Bản ghi ảnh trên máy chủ trung tâm ghi dung lượng khác với tệp ảnh ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused the photo as too big ({detail}).</source>
        <translation>Máy chủ trung tâm từ chối ảnh vì quá lớn ({detail}).</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/photos.py" line="+3"/>
        <source>That item was cancelled: it takes no photo.</source>
        <translation>Sản phẩm đó đã bị hủy: không thêm ảnh được.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That damage is not recorded on this item.</source>
        <translation>Hư hỏng đó chưa được ghi nhận cho sản phẩm này.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That photo is not on this bench.</source>
        <translation>Ảnh đó không có trên bàn này.</translation>
    </message>
    <message>
        <location filename="../../ui/bench/photo_desk.py" line="+94"/>
        <source>The file {path} cannot be read.</source>
        <translation>Không đọc được tệp {path}.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No camera is set up at this bench. Drop a picture file on the window, or press Ctrl+O to choose one.</source>
        <translation>Bàn này chưa cài đặt camera. Kéo thả tệp ảnh vào cửa sổ, hoặc bấm Ctrl+O để chọn tệp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No camera found. Drop a picture file on the window, or press Ctrl+O to choose one.</source>
        <translation>Không tìm thấy camera. Kéo thả tệp ảnh vào cửa sổ, hoặc bấm Ctrl+O để chọn tệp.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The camera sent no picture. Press F9 again, or drop a picture file on the window.</source>
        <translation>Camera không gửi ảnh nào. Bấm F9 lại, hoặc kéo thả tệp ảnh vào cửa sổ.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The camera&apos;s picture could not be read. Press F9 again.</source>
        <translation>Không đọc được ảnh từ camera. Bấm F9 lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo could not be taken ({error}). Press F9 again.</source>
        <translation>Không chụp được ảnh ({error}). Bấm F9 lại.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../inspector/demo/demo_sheet.py" line="+84"/>
        <source>inspector</source>
        <translation>người kiểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>supervisor</source>
        <translation>tổ trưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} · {role} · PIN {pin}</source>
        <translation>{name} · {role} · PIN {pin}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Sign in</source>
        <translation>1. Đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, then type its PIN on the keyboard.</source>
        <translation>Quét thẻ nhân viên, rồi nhập PIN của thẻ trên bàn phím.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete the item</source>
        <translation>Hoàn tất sản phẩm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the item (or the parcel)</source>
        <translation>Hủy sản phẩm (hoặc kiện hàng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {code}: {label}</source>
        <translation>Hạng {code}: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disposition: {label} (bin {bin})</source>
        <translation>Hướng xử lý: {label} (thùng {bin})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo of the item (as F9)</source>
        <translation>Chụp ảnh sản phẩm (như F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint the last label</source>
        <translation>In lại nhãn gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel done</source>
        <translation>Xong kiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades can also be keyed 1-{count}. A disposition other than the proposed one asks for a reason.</source>
        <translation>Cũng có thể xếp hạng bằng phím 1-{count}. Chọn hướng xử lý khác đề xuất thì phải nhập lý do.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Command cards</source>
        <translation>2. Bảng mã lệnh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post</source>
        <translation>Bưu điện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} · reason: {reason} · delivered {delivered}</source>
        <translation>Đơn hàng {order} · lý do: {reason} · giao ngày {delivered}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch: this return was cancelled upstream.</source>
        <translation>Lưu ý: đơn trả hàng này đã bị hủy ở hệ thống nguồn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch: this return was closed upstream.</source>
        <translation>Lưu ý: đơn trả hàng này đã đóng ở hệ thống nguồn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch: delivered more than {days} days ago (outside the window).</source>
        <translation>Lưu ý: đã giao hơn {days} ngày trước (quá hạn trả hàng).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch: line {line} is {category}, not returnable.</source>
        <translation>Lưu ý: dòng {line} thuộc ngành hàng {category}, không được trả lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel label ({carrier})</source>
        <translation>Nhãn kiện hàng ({carrier})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or the RMA label inside</source>
        <translation>…hoặc nhãn RMA bên trong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {description} · {price}</source>
        <translation>Dòng {line}: {description} · {price}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} · serial {serial}</source>
        <translation>{what} · sê-ri {serial}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} · ×{count} without serial</source>
        <translation>{what} · ×{count} không có sê-ri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} · scan ×{count}</source>
        <translation>{what} · quét ×{count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3.{index} Parcel {rma}</source>
        <translation>3.{index} Kiện hàng {rma}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parcel with no return (unexpected)</source>
        <translation>Kiện hàng không có đơn trả hàng (ngoài dự kiến)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item on no demo return (wrong item)</source>
        <translation>Sản phẩm không thuộc đơn trả hàng mẫu nào (sai hàng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In parcel {rma}: a serial that was not shipped</source>
        <translation>Trong kiện {rma}: số sê-ri không thuộc hàng đã giao</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. Exceptions to try</source>
        <translation>4. Thử các ngoại lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of these goes to the supervisor&apos;s review.</source>
        <translation>Mỗi mã dưới đây đều chuyển cho tổ trưởng duyệt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Demo barcodes · page {page}</source>
        <translation>Mã vạch mẫu · trang {page}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Return inspection bench: demo barcodes</source>
        <translation>Bàn kiểm hàng trả lại: mã vạch mẫu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk the whole flow with a scanner: sign in (badge + PIN), scan a parcel, scan each item, grade it, tick damage, complete; at the end of the parcel scan &quot;Parcel done&quot;. Items show what the product itself carries.</source>
        <translation>Dùng máy quét đi hết quy trình: đăng nhập (thẻ nhân viên + PIN), quét kiện hàng, quét từng sản phẩm, xếp hạng, đánh dấu hư hỏng, hoàn tất; hết kiện thì quét &quot;Xong kiện&quot;. Mã của sản phẩm giống mã in trên chính sản phẩm đó.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+23"/>
        <source>No return known for this parcel</source>
        <translation>Kiện hàng không có đơn trả hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item: not on this return</source>
        <translation>Sai hàng: không có trong đơn trả hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than the return expects</source>
        <translation>Nhiều hơn số lượng đơn trả hàng dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial is not the one shipped</source>
        <translation>Số sê-ri không khớp với hàng đã giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the return window</source>
        <translation>Quá thời hạn trả hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category cannot be returned</source>
        <translation>Ngành hàng không được trả lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction needs supervisor review</source>
        <translation>Khấu trừ cần tổ trưởng duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition changed by hand</source>
        <translation>Hướng xử lý đã đổi thủ công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return was cancelled or closed upstream</source>
        <translation>Đơn trả hàng đã bị hủy hoặc đóng ở hệ thống nguồn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial scanned, the line lists serials</source>
        <translation>Chưa quét số sê-ri, dòng hàng có số sê-ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for review: fraud signals</source>
        <translation>Tạm giữ chờ duyệt: dấu hiệu gian lận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel weight is off</source>
        <translation>Cân nặng kiện hàng không khớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel looks empty</source>
        <translation>Kiện hàng có vẻ rỗng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the return missing from the parcel</source>
        <translation>Kiện hàng thiếu sản phẩm trả hàng</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../ui/kiosk/close_guard.py" line="+35"/>
        <source>Only a supervisor can close the bench</source>
        <translation>Chỉ tổ trưởng mới được đóng bàn kiểm</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../inspector/labels/captions.py" line="+15"/>
        <source>DISPOSITION</source>
        <translation>HƯỚNG XỬ LÝ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>THÙNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LICENSE PLATE</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITEM</source>
        <translation>SẢN PHẨM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GS1  (01) GTIN  (21) SERIAL  (10) LOT</source>
        <translation>GS1  (01) GTIN  (21) SỐ SÊ-RI  (10) SỐ LÔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPERATOR</source>
        <translation>NHÂN VIÊN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATION</source>
        <translation>TRẠM</translation>
    </message>
</context>
<context>
    <name>match</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+29"/>
        <source>On the return</source>
        <translation>Có trong đơn trả hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Sai hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra unit</source>
        <translation>Thừa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial mismatch</source>
        <translation>Sai số sê-ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial missing</source>
        <translation>Thiếu số sê-ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No return</source>
        <translation>Không có đơn trả hàng</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+13"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Đổi hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Tín dụng cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor decides</source>
        <translation>Tổ trưởng quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>Không có</translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+4"/>
        <source>Scan your badge to sign in</source>
        <translation>Quét thẻ nhân viên để đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your PIN and press Enter</source>
        <translation>Nhập PIN rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a parcel label or RMA number</source>
        <translation>Quét nhãn kiện hàng hoặc số RMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next item</source>
        <translation>Quét sản phẩm tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade, tick damage, complete</source>
        <translation>Xếp hạng, đánh dấu hư hỏng, hoàn tất</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+5"/>
        <source>As new</source>
        <translation>Như mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open box / like new</source>
        <translation>Đã mở hộp / như mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Đã qua sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged / parts</source>
        <translation>Hư hỏng / lấy linh kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsellable</source>
        <translation>Không bán được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact</source>
        <translation>Nguyên vẹn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dented / scuffed</source>
        <translation>Móp / trầy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torn / opened</source>
        <translation>Rách / đã mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crushed (carrier)</source>
        <translation>Bẹp (do vận chuyển)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet</source>
        <translation>Bị ướt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scratches / scuffs</source>
        <translation>Trầy xước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dents / cracks</source>
        <translation>Móp / nứt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stains / odour</source>
        <translation>Ố bẩn / có mùi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing accessory</source>
        <translation>Thiếu phụ kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original packaging missing</source>
        <translation>Thiếu bao bì gốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of use</source>
        <translation>Có dấu hiệu đã dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hygiene seal broken</source>
        <translation>Rách tem niêm phong vệ sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defective (does not work)</source>
        <translation>Lỗi (không hoạt động)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We shipped the wrong item</source>
        <translation>Kho giao sai hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged in transit</source>
        <translation>Hư hỏng do vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to stock</source>
        <translation>Nhập lại kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open box</source>
        <translation>Hàng mở hộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refurbish</source>
        <translation>Tân trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to vendor</source>
        <translation>Trả lại nhà cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation</source>
        <translation>Thanh lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycling</source>
        <translation>Tái chế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine</source>
        <translation>Cách ly</translation>
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
        <translation>Giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../inspector/reports/site_notes.py" line="+48"/>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+115"/>
        <source>Inspector</source>
        <translation>Người kiểm</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="+62"/>
        <source>Outcomes per currency</source>
        <translation>Phương án theo loại tiền</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money held back for review</source>
        <translation>Tiền tạm giữ chờ duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items held for review with no approval or outcome decided yet, and the money they would pay out.</source>
        <translation>Sản phẩm tạm giữ chờ duyệt, chưa được duyệt hay chọn phương án, và số tiền sẽ phải trả.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items held</source>
        <translation>SP tạm giữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount held</source>
        <translation>Tiền tạm giữ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fraud signals</source>
        <translation>Dấu hiệu gian lận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome mix</source>
        <translation>Cơ cấu phương án</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal</source>
        <translation>Dấu hiệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKUs with fraud signals (top {count})</source>
        <translation>SKU có dấu hiệu gian lận (top {count})</translation>
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
        <translation>Khách hàng có dấu hiệu gian lận (top {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="-123"/>
        <location line="+107"/>
        <source>Exceptions</source>
        <translation>Ngoại lệ</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+79"/>
        <source>Grade</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+81"/>
        <source>Disposition</source>
        <translation>Hướng xử lý</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Cur.</source>
        <translation>Tiền</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deduction</source>
        <translation>Khấu trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../inspector/reports/site_notes.py" line="+1"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/charts.py" line="+53"/>
        <location filename="../../inspector/reports/day_pdf.py" line="+82"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Items completed per hour ({zone})</source>
        <translation>Sản phẩm hoàn tất mỗi giờ ({zone})</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+24"/>
        <source>{first} to {last}</source>
        <translation>{first} đến {last}</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="-44"/>
        <location line="+23"/>
        <location filename="../../inspector/reports/sections.py" line="+22"/>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+2"/>
        <source>Day: {day} ({zone})</source>
        <translation>Ngày: {day} ({zone})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations: {stations}</source>
        <translation>Trạm: {stations}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated: {generated}</source>
        <translation>Lập lúc: {generated}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day returns inspection report</source>
        <translation>Báo cáo kiểm hàng trả lại cuối ngày</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deductions and refunds per currency</source>
        <translation>Khấu trừ và hoàn tiền theo loại tiền</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="-22"/>
        <location filename="../../inspector/reports/sections.py" line="+5"/>
        <source>Currency</source>
        <translation>Loại tiền</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+0"/>
        <source>Deductions</source>
        <translation>Khấu trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items by grade, disposition and reason found</source>
        <translation>Sản phẩm theo hạng, hướng xử lý và lý do thực tế</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason found</source>
        <translation>Lý do thực tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason stated by the customer beside the reason found</source>
        <translation>Lý do khách nêu so với lý do thực tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated reason differs from the reason found: {mismatches} of {items} items.</source>
        <translation>Lý do khách nêu khác lý do thực tế: {mismatches}/{items} sản phẩm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stated</source>
        <translation>Khách nêu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade mix</source>
        <translation>Cơ cấu hạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disposition mix</source>
        <translation>Cơ cấu hướng xử lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason found mix</source>
        <translation>Cơ cấu lý do thực tế</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Throughput per inspector</source>
        <translation>Năng suất theo người kiểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge</source>
        <translation>Mã thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per hour</source>
        <translation>Sản phẩm/giờ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most returned SKUs (top {count})</source>
        <translation>Top {count} SKU bị trả lại nhiều nhất</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="+36"/>
        <location filename="../../inspector/reports/sections.py" line="+2"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+7"/>
        <source>Damaged</source>
        <translation>Hư hỏng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Damage by carrier and by packaging condition</source>
        <translation>Hư hỏng theo hãng vận chuyển và tình trạng bao bì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>Hãng VC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packaging</source>
        <translation>Bao bì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exceptions ({count})</source>
        <translation>Ngoại lệ ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photos not received yet: {count}.</source>
        <translation>Ảnh chưa nhận được: {count}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by (supervisor)</source>
        <translation>Người duyệt (tổ trưởng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (manager)</source>
        <translation>Người phê duyệt (quản lý)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-off</source>
        <translation>Ký xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have reviewed the exceptions above and agree the totals of this report.</source>
        <translation>Tôi đã xem xét các ngoại lệ nêu trên và đồng ý với số liệu tổng của báo cáo này.</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/site_notes.py" line="-3"/>
        <source>Closed day</source>
        <translation>Ngày đã chốt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Tham chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened</source>
        <translation>Phát sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Đến máy chủ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parcel receipt</source>
        <translation>nhận kiện hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item inspection</source>
        <translation>kiểm sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection override</source>
        <translation>điều chỉnh kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>đã đổi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stations not heard from since before the end of this day (their records of the day may be missing): {stations}</source>
        <translation>Trạm mất liên lạc từ trước khi hết ngày này (có thể thiếu dữ liệu trong ngày của các trạm đó): {stations}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Late records for closed days ({count})</source>
        <translation>Bản ghi đến muộn của các ngày đã chốt ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of days already signed off that reached the hub after the signing. The signed reports stay as they were; each closed day&apos;s addendum lists its own.</source>
        <translation>Bản ghi của những ngày đã ký chốt nhưng đến máy chủ trung tâm sau khi ký. Báo cáo đã ký được giữ nguyên; phần bổ sung của mỗi ngày đã chốt liệt kê các bản ghi của ngày đó.</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/day_pdf.py" line="+3"/>
        <source>Returns inspection · {period} · stations: {stations}</source>
        <translation>Kiểm hàng trả lại · {period} · trạm: {stations}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page} · generated {generated}</source>
        <translation>Trang {page} · lập lúc {generated}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>End-of-day report {period}</source>
        <translation>Báo cáo cuối ngày {period}</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/figures.py" line="+28"/>
        <location line="+1"/>
        <source>wrong item returned</source>
        <translation>khách trả sai hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no return on file</source>
        <translation>không có đơn trả hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong item shipped</source>
        <translation>kho giao sai hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defective</source>
        <translation>hàng lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged in transit</source>
        <translation>hư hỏng do vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>used / opened</source>
        <translation>đã dùng / đã mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>damaged by customer</source>
        <translation>khách làm hư hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>không đầy đủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no fault found</source>
        <translation>không phát hiện lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none stated)</source>
        <translation>(khách không nêu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/photo_cells.py" line="+26"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo not received yet</source>
        <translation>ảnh chưa nhận được</translation>
    </message>
</context>
<context>
    <name>role</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+4"/>
        <source>inspector</source>
        <translation>người kiểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>tổ trưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>quản trị viên</translation>
    </message>
</context>
<context>
    <name>signals</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="-44"/>
        <source>Item swapped</source>
        <translation>Bị tráo hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight off</source>
        <translation>Sai cân nặng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty box</source>
        <translation>Hộp rỗng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing items</source>
        <translation>Thiếu sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worn, but returned as unused</source>
        <translation>Đã dùng nhưng trả như chưa dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat returner</source>
        <translation>Khách hay trả hàng</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <location filename="../../ui/kiosk/single_instance.py" line="+20"/>
        <source>The bench is already running on this data folder ({holder}). Switch to that window, or start with another --data-dir.</source>
        <translation>Bàn kiểm đang chạy trên thư mục dữ liệu này ({holder}). Hãy chuyển sang cửa sổ đó, hoặc khởi động với --data-dir khác.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Return inspection bench</source>
        <translation>Bàn kiểm hàng trả lại</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="+527"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: not set up</source>
        <translation>Đồng bộ: chưa cài đặt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: off</source>
        <translation>Đồng bộ: tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hub_url and hub_token in the station settings.</source>
        <translation>Đặt hub_url và hub_token trong cài đặt trạm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: {n} pending</source>
        <translation>Đồng bộ: {n} đang chờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} set aside</source>
        <translation>{n} bị gác lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last {when}</source>
        <translation>lần cuối {when}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending…</source>
        <translation>đang gửi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success: {when}</source>
        <translation>Thành công lần cuối: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error: {error}</source>
        <translation>Lỗi gần nhất: {error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next try in {s} s</source>
        <translation>Thử lại sau {s} giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records set aside by the hub wait for a supervisor: inspector sync --rejected</source>
        <translation>Bản ghi bị máy chủ trung tâm gác lại khi đồng bộ đang chờ tổ trưởng: inspector sync --rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photos waiting: {n}</source>
        <translation>ảnh đang chờ: {n}</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+471"/>
        <source>Sync failed unexpectedly; see the log.</source>
        <translation>Đồng bộ thất bại bất ngờ; xem nhật ký.</translation>
    </message>
</context>
</TS>
