"""What the store tells the student is written in English and Korean alike."""

from __future__ import annotations

import re

from egov_timeline.domain.progress import (
    messages,
)


def test_every_store_message_is_written_in_english_and_korean():
    tables = (messages.MESSAGES, messages.WHY, messages.HINT, messages.DAMAGE)
    for table in tables:
        for key, words in table.items():
            assert set(words) == {"en", "ko"}, key
            assert any("\uac00" <= c <= "\ud7a3" for c in words["ko"]), key
            assert not any("\uac00" <= c <= "\ud7a3" for c in words["en"]), key
            fields = [set(re.findall(r"{(\w+)}", words[lang])) for lang in ("en", "ko")]
            assert fields[0] == fields[1], key
    assert messages.saved_again_message("ko") == "이제 모든 답이 저장되었습니다."
