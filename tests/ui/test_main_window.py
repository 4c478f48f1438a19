from egov_timeline.ui.app import create_main_window


def test_the_main_window_opens_and_draws_the_bundled_items(qtbot, bundled_pack):
    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitSignal(window.timeline.first_painted, timeout=5000):
        window.show()
    frame = window.timeline.frame()
    drawn = {item_id for _rect, item_id in frame.hits}
    counted = sum(c.count for _rect, c in frame.cluster_hits)
    lanes = {lane.kind for lane in frame.lanes}
    assert lanes == {"administration", "project", "law", "agency"}
    assert {"kim-dae-jung", "park-chung-hee", "e-government-act"} <= drawn
    assert len(drawn) + counted + 6 == len(bundled_pack)  # + the six stage bands
    assert window.windowTitle().startswith("egov-timeline")


def test_select_item_emits_its_id(qtbot, bundled_pack):
    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.item_selected) as signal:
        assert window.select_item("e-government-act")
    assert signal.args == ["e-government-act"]
