"""Our own codes: commands, RMA numbers, operator badges, license plates; and the SKU fallback."""
import pytest

from inspector.scans import (
    LICENSE_PLATE_ALPHABET,
    Command,
    ScanError,
    ScanKind,
    command_barcode_text,
    interpret,
    is_license_plate,
    new_license_plate,
)


@pytest.mark.parametrize(("text", "command", "argument"), [
    ("CMD:COMPLETE", Command.COMPLETE, None),
    ("CMD:CANCEL", Command.CANCEL, None),
    ("CMD:GRADE:A", Command.GRADE, "A"),
    ("CMD:GRADE:E", Command.GRADE, "E"),
    ("cmd:grade:b", Command.GRADE, "B"),
    ("CMD:GRADE:Z", Command.GRADE, "Z"),  # the policy, not the scanner, decides which grades exist
    ("CMD:DISP:RESTOCK", Command.DISPOSITION, "restock"),
    ("CMD:DISP:OPEN_BOX", Command.DISPOSITION, "open_box"),
    ("CMD:DISP:open-box", Command.DISPOSITION, "open_box"),
    ("CMD:DISP:RETURN_TO_VENDOR", Command.DISPOSITION, "return_to_vendor"),
    ("CMD:DISP:QUARANTINE", Command.DISPOSITION, "quarantine"),
    ("CMD:REPRINT", Command.REPRINT, None),
    ("CMD:SIGNOUT", Command.SIGN_OUT, None),
    ("Cmd:SignOut", Command.SIGN_OUT, None),
    ("CMD:PARCEL-DONE", Command.COMPLETE_PARCEL, None),
    ("CMD:PHOTO", Command.PHOTO, None),
    ("cmd:photo", Command.PHOTO, None),
    ("]C0CMD:COMPLETE", Command.COMPLETE, None),
])
def test_commands(text, command, argument):
    scan = interpret(text)
    assert (scan.kind, scan.command, scan.argument, scan.value) == (ScanKind.COMMAND, command, argument, command.value)


@pytest.mark.parametrize("text", ["CMD:", "CMD:FOO", "CMD:GRADE", "CMD:GRADE:AB", "CMD:GRADE:1", "CMD:DISP:",
                                  "CMD:DISP:9LIVES", "CMD:COMPLETE:NOW", "CMD:SIGN OUT", "cmd:reprint:x", "CMD:PHOTO:1"])
def test_unknown_commands_are_refused_never_read_as_something_else(text):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == "unknown_command"
    assert "Unknown command" in caught.value.message


@pytest.mark.parametrize(("command", "argument", "text", "read_argument"), [
    (Command.COMPLETE, None, "CMD:COMPLETE", None),
    (Command.CANCEL, None, "CMD:CANCEL", None),
    (Command.GRADE, "a", "CMD:GRADE:A", "A"),
    ("grade", "C", "CMD:GRADE:C", "C"),
    (Command.DISPOSITION, "open_box", "CMD:DISP:OPEN_BOX", "open_box"),
    (Command.DISPOSITION, "Recycle", "CMD:DISP:RECYCLE", "recycle"),
    (Command.REPRINT, None, "CMD:REPRINT", None),
    (Command.SIGN_OUT, None, "CMD:SIGNOUT", None),
    (Command.COMPLETE_PARCEL, None, "CMD:PARCEL-DONE", None),
    (Command.PHOTO, None, "CMD:PHOTO", None),
])
def test_command_barcode_text_is_canonical_and_round_trips(command, argument, text, read_argument):
    assert command_barcode_text(command, argument) == text
    scan = interpret(text)
    assert (scan.command, scan.argument) == (Command(command), read_argument)


@pytest.mark.parametrize("disposition", ["restock", "open_box", "refurbish", "return_to_vendor", "liquidate",
                                         "recycle", "quarantine"])
def test_every_default_disposition_round_trips(disposition):
    scan = interpret(command_barcode_text(Command.DISPOSITION, disposition))
    assert (scan.command, scan.argument) == (Command.DISPOSITION, disposition)


@pytest.mark.parametrize(("command", "argument"), [
    (Command.GRADE, None), (Command.GRADE, "AB"), (Command.DISPOSITION, None), (Command.DISPOSITION, "open box"),
    (Command.COMPLETE, "A"),
])
def test_command_barcode_text_refuses_bad_arguments(command, argument):
    with pytest.raises(ValueError):
        command_barcode_text(command, argument)


@pytest.mark.parametrize(("text", "value"), [
    ("RMA-00012345", "RMA-00012345"),
    ("rma12345678", "RMA-12345678"),
    ("RMA123456", "RMA-123456"),
    ("Rma-1234567890", "RMA-1234567890"),
])
def test_rma_numbers(text, value):
    scan = interpret(text)
    assert (scan.kind, scan.value) == (ScanKind.RMA, value)


@pytest.mark.parametrize(("text", "value"), [("OP-1001", "OP-1001"), ("op1001", "OP-1001"), ("OP123", "OP-123"),
                                             ("OP-12345678", "OP-12345678")])
def test_badges(text, value):
    scan = interpret(text)
    assert (scan.kind, scan.value) == (ScanKind.BADGE, value)


@pytest.mark.parametrize("text", ["RMA12345", "RMA12345678901", "OP12", "OP123456789"])
def test_near_misses_of_our_codes_are_not_our_codes(text):
    # Wrong length: these are plausible SKUs, never an RMA or a badge.
    scan = interpret(text)
    assert (scan.kind, scan.value) == (ScanKind.SKU, text.upper())


def test_license_plate_round_trip():
    for _ in range(50):
        plate = new_license_plate()
        assert is_license_plate(plate)
        assert len(plate) == 12 and plate.startswith("LP")
        assert set(plate[2:]) <= set(LICENSE_PLATE_ALPHABET)
        scan = interpret(plate)
        assert (scan.kind, scan.value) == (ScanKind.LICENSE_PLATE, plate)
        assert interpret(plate.lower()).value == plate


def test_license_plates_are_random():
    assert len({new_license_plate() for _ in range(200)}) == 200


def test_crockford_alphabet_leaves_out_i_l_o_u():
    assert len(LICENSE_PLATE_ALPHABET) == 32
    assert not set("ILOU") & set(LICENSE_PLATE_ALPHABET)


@pytest.mark.parametrize("text", ["LP0J4K8M2Q7O", "LP0J4K8M2Q7", "LP0J4K8M2Q7XY", "LPIIIIIIIIII", "XP0J4K8M2Q7X"])
def test_license_plate_validator_refuses(text):
    assert not is_license_plate(text)


@pytest.mark.parametrize(("text", "value"), [
    ("abc-123", "ABC-123"), ("SKU.9/XL_blue", "SKU.9/XL_BLUE"), ("X1Y", "X1Y"), ("A" * 40, "A" * 40),
    ("123A", "123A"),
])
def test_sku_fallback(text, value):
    scan = interpret(text)
    assert (scan.kind, scan.value, scan.check_digit_valid) == (ScanKind.SKU, value, None)


@pytest.mark.parametrize(("text", "reason"), [
    ("AB", "unrecognised"),             # too short
    ("A" * 41, "unrecognised"),         # too long for a SKU
    ("ABC 123", "unrecognised"),        # space inside
    ("ABC#1", "unrecognised"),
    ("12345", "unrecognised"),          # digits only: never a SKU
    ("1234567", "unrecognised"),
    ("café-1", "unrecognised"),
    ("12.345", "unrecognised"),          # no letter
])
def test_not_a_sku(text, reason):
    with pytest.raises(ScanError) as caught:
        interpret(text)
    assert caught.value.reason == reason
    assert caught.value.raw == text
