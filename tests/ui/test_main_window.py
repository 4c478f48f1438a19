from egov_timeline.ui.app import create_main_window


def test_the_main_window_opens_and_lists_the_bundled_items(qtbot, bundled_pack):
    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = window.shown_item_ids()
    assert len(shown) == len(bundled_pack)
    assert "e-government-act" in shown and "kim-dae-jung" in shown


def test_selecting_an_item_emits_its_id(qtbot, bundled_pack):
    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.item_selected) as signal:
        assert window.select_item("e-government-act")
    assert signal.args == ["e-government-act"]
