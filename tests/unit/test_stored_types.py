"""The stored forms of times and JSON columns, read back as the bench writes them."""
from __future__ import annotations

import datetime as dt
import math

from inspector.storage.orm import JsonText, UtcDateTime
from tests.conftest import NOW


def test_a_stored_time_gives_its_isoformat_without_being_parsed():
    zone = dt.timezone(dt.timedelta(hours=2))
    for value in (NOW, NOW.replace(microsecond=1), NOW.replace(microsecond=999_999), dt.datetime(2026, 3, 29, 1, 30,
                  tzinfo=zone), dt.datetime(1999, 12, 31, 23, 59, 59, 500_000, tzinfo=dt.timezone.utc)):
        stored = UtcDateTime().process_bind_param(value, None)
        assert UtcDateTime.isoformat_of_stored(stored) == UtcDateTime().process_result_value(stored, None).isoformat()
    assert UtcDateTime.isoformat_of_stored(None) is None


def test_json_columns_read_back_what_was_written_even_what_only_json_reads():
    column = JsonText()
    for value in (["scratches", "dents"], {"grade": "B", "note": "zgâriat, ştirbit"}, [], {"n": [1, 2.5, None]}):
        assert column.process_result_value(column.process_bind_param(value, None), None) == value
    stored = column.process_bind_param({"odd": math.nan}, None)        # json.dumps writes NaN; orjson refuses it
    assert math.isnan(column.process_result_value(stored, None)["odd"])
    assert column.process_result_value(None, None) is None
