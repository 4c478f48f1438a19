<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <source>Stages</source>
        <translation>단계</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore Progress from a Backup</source>
        <translation>백업에서 학습 기록 복원</translation>
    </message>
    <message>
        <source>A copy of your progress is made once a day when the app starts, before an update changes the file&apos;s format, and before a restore. Restoring a copy replaces your answers with the ones in it. Your progress as it is now is copied first, so a restore can be undone by restoring that copy.</source>
        <translation>학습 기록 사본은 하루에 한 번 앱을 시작할 때, 업데이트로 파일 형식이 바뀌기 전에, 그리고 복원하기 전에 만들어집니다. 사본을 복원하면 지금의 답이 사본에 있는 답으로 바뀝니다. 복원하기 전에 지금의 학습 기록을 먼저 사본으로 남기므로, 그 사본을 복원하면 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>백업(최신순)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the chosen copy, after asking</source>
        <translation>확인을 받은 뒤 선택한 사본을 복원합니다</translation>
    </message>
    <message>
        <source>The copies are kept in {folder}</source>
        <translation>사본은 {folder}에 보관됩니다</translation>
    </message>
    <message>
        <source>There are no copies yet: the first is made when the app starts on a day after you have answered questions.</source>
        <translation>아직 사본이 없습니다. 문제를 푼 뒤 앱을 시작하는 날에 첫 사본이 만들어집니다.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>답 1개</translation>
    </message>
    <message>
        <source>{n} answers</source>
        <translation>답 {n}개</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>매일 만드는 사본</translation>
    </message>
    <message>
        <source>made before an update</source>
        <translation>업데이트 전에 만든 사본</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>복원 전에 만든 사본</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>이 사본을 복원할까요?</translation>
    </message>
    <message>
        <source>Replace your progress now ({now}) with the copy of {date} ({then})?

Your progress as it is now is copied first: to undo, restore that copy.</source>
        <translation>지금의 학습 기록({now})을 {date}의 사본({then})으로 바꿀까요?

지금의 학습 기록은 먼저 사본으로 남겨 둡니다. 되돌리려면 그 사본을 복원하세요.</translation>
    </message>
    <message>
        <source>Restored the copy of {date}: {then}. Your progress before it is the newest copy in the list.</source>
        <translation>{date}의 사본을 복원했습니다({then}). 복원하기 전의 학습 기록은 목록 맨 위의 최신 사본에 있습니다.</translation>
    </message>
    <message>
        <source>Not restored: some answers are not saved yet. A copy can be restored once they are saved. Nothing was changed.</source>
        <translation>복원하지 않았습니다. 아직 저장되지 않은 답이 있습니다. 답이 저장된 뒤에 사본을 복원할 수 있습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Not restored: that copy was made by a newer version of egov-timeline. Nothing was changed.</source>
        <translation>복원하지 않았습니다. 이 사본은 더 새로운 버전의 egov-timeline에서 만든 것입니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Not restored: that copy cannot be read ({detail}).</source>
        <translation>복원하지 않았습니다. 이 사본을 읽을 수 없습니다({detail}).</translation>
    </message>
    <message>
        <source>Not restored: there is no progress file to restore into.</source>
        <translation>복원하지 않았습니다. 복원해 넣을 학습 기록 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Not restored: the progress file cannot be written now ({detail}). Nothing was changed.</source>
        <translation>복원하지 않았습니다. 지금은 학습 기록 파일에 쓸 수 없습니다({detail}). 바뀐 것은 없습니다.</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>{level}: {right} of {answers} right</source>
        <translation>{level}: {answers}개 중 {right}개 맞힘</translation>
    </message>
    <message>
        <source>Say how sure you are when you answer (Q, W, E) and this shows how often you are right when sure, when you think so and when you guess.</source>
        <translation>답할 때 얼마나 확실한지(Q, W, E) 고르면, 확실할 때와 아마도일 때와 찍을 때 각각 얼마나 맞혔는지 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>{right} of {answers} ({percent}%)</source>
        <translation>{answers}개 중 {right}개 ({percent}%)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>답 없음</translation>
    </message>
</context>
<context>
    <name>ClassQuizPage</name>
    <message>
        <source>Class quiz</source>
        <translation>학급 퀴즈</translation>
    </message>
    <message>
        <source>For the projector: the room answers together. Nothing is written to anyone&apos;s progress. Print the worksheet of the same set (File → Print Worksheet) and the paper matches the screen.</source>
        <translation>프로젝터용: 교실 전체가 함께 답합니다. 누구의 학습 기록에도 저장되지 않습니다. 같은 세트의 학습지를 인쇄하면(파일 → 학습지 인쇄) 종이와 화면의 문제가 같습니다.</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>문제 수</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>문제 수:</translation>
    </message>
    <message>
        <source>Set number (the worksheet seed)</source>
        <translation>세트 번호(학습지 시드)</translation>
    </message>
    <message>
        <source>The same set number gives the same questions as the worksheet</source>
        <translation>세트 번호가 같으면 학습지와 같은 문제가 나옵니다</translation>
    </message>
    <message>
        <source>Set number:</source>
        <translation>세트 번호:</translation>
    </message>
    <message>
        <source>no timer</source>
        <translation>타이머 없음</translation>
    </message>
    <message>
        <source> s</source>
        <comment>suffix: seconds</comment>
        <translation>초</translation>
    </message>
    <message>
        <source>Seconds per question (0: no timer)</source>
        <translation>문제당 시간(초, 0: 타이머 없음)</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>제한 시간:</translation>
    </message>
    <message>
        <source>no class goal</source>
        <translation>학급 목표 없음</translation>
    </message>
    <message>
        <source> right</source>
        <comment>suffix: questions right</comment>
        <translation>문항</translation>
    </message>
    <message>
        <source>Class goal: questions most of the room gets right</source>
        <translation>학급 목표: 학급 대부분이 맞힐 문항 수</translation>
    </message>
    <message>
        <source>A goal for the whole room together, not a race: this many questions that most hands got right</source>
        <translation>경쟁이 아니라 학급 전체가 함께 이루는 목표입니다: 손 든 학생 대부분이 정답을 고른 문항 수</translation>
    </message>
    <message>
        <source>Class goal:</source>
        <translation>학급 목표:</translation>
    </message>
    <message>
        <source>Start the class quiz</source>
        <translation>학급 퀴즈 시작</translation>
    </message>
    <message>
        <source>Back to the quiz</source>
        <translation>퀴즈로 돌아가기</translation>
    </message>
    <message>
        <source>Go on where the class left off</source>
        <translation>학급이 멈춘 곳부터 이어서 합니다</translation>
    </message>
    <message>
        <source>Results so far</source>
        <translation>지금까지의 결과</translation>
    </message>
    <message>
        <source>On the projector: Space reveals the answer, then goes on; Right or PageDown next, Left or PageUp back; P pauses the countdown; click the + and – under a choice to count hands. After the last question the results show what the room answered.</source>
        <translation>프로젝터에서: Space는 정답을 보여 주고, 한 번 더 누르면 다음으로 갑니다. 오른쪽 화살표나 PageDown은 다음, 왼쪽 화살표나 PageUp은 이전입니다. P는 카운트다운을 멈춥니다. 선택지 아래의 +와 –를 눌러 손을 든 학생 수를 셉니다. 마지막 문제가 끝나면 학급 전체의 답을 결과로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Space: reveal · Right: next · Left: back · P: pause</source>
        <translation>Space: 정답 보기 · Right: 다음 · Left: 이전 · P: 일시 정지</translation>
    </message>
    <message>
        <source>Question {n} of {total} · set {seed}</source>
        <translation>문제 {n}/{total} · 세트 {seed}</translation>
    </message>
    <message>
        <source>One fewer for {choice}</source>
        <translation>{choice}: 한 명 줄이기</translation>
    </message>
    <message>
        <source>One more for {choice}</source>
        <translation>{choice}: 한 명 늘리기</translation>
    </message>
    <message>
        <source>the number on each tile is its place, earliest first</source>
        <translation>각 칸의 번호가 순서입니다(가장 이른 것이 1)</translation>
    </message>
    <message>
        <source>Answer — {answer}</source>
        <translation>정답 — {answer}</translation>
    </message>
    <message>
        <source>Time!</source>
        <translation>시간 종료!</translation>
    </message>
    <message>
        <source>{seconds} s (paused)</source>
        <translation>{seconds}초 (일시 정지)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
</context>
<context>
    <name>ClassResults</name>
    <message>
        <source>Question</source>
        <translation>문항</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>손 든 학생</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>맞힌 비율</translation>
    </message>
    <message>
        <source>Class results: each question, the right answer and the hands counted</source>
        <translation>학급 결과: 문항마다 정답과 손을 든 학생 수</translation>
    </message>
    <message>
        <source>Back to the last question</source>
        <translation>마지막 문항으로 돌아가기</translation>
    </message>
    <message>
        <source>New class quiz</source>
        <translation>새 학급 퀴즈</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV로 저장…</translation>
    </message>
    <message>
        <source>A spreadsheet of the results: each question, the right answer, the hands</source>
        <translation>결과를 스프레드시트로 저장합니다: 문항마다 정답과 손 든 수</translation>
    </message>
    <message>
        <source>Left: back to the last question · Esc: set-up (the results stay)</source>
        <translation>왼쪽 화살표: 마지막 문항으로 · Esc: 설정 화면 (결과는 그대로 남습니다)</translation>
    </message>
    <message>
        <source>Class goal reached: {right} questions right, the goal was {goal}!</source>
        <translation>학급 목표 달성: {right}문항을 맞혔습니다 (목표 {goal}문항)!</translation>
    </message>
    <message>
        <source>Class goal: {right} of {goal} questions right so far</source>
        <translation>학급 목표: {goal}문항 중 지금까지 {right}문항</translation>
    </message>
    <message>
        <source>Class quiz results · set {seed} · {count} questions</source>
        <translation>학급 퀴즈 결과 · 세트 {seed} · {count}문항</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Save the class results</source>
        <translation>학급 퀴즈 결과 저장</translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>스프레드시트, CSV (*.csv)</translation>
    </message>
    <message>
        <source>{right} of {total} ({percent}%)</source>
        <translation>{total}명 중 {right}명 ({percent}%)</translation>
    </message>
    <message>
        <source>no hands counted</source>
        <translation>센 손 없음</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>{total} answers in the last {days} days</source>
        <translation>최근 {days}일 동안 {total}번 답함</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz and your days will show here.</source>
        <translation>아직 답한 기록이 없습니다. 퀴즈를 풀면 날짜별 기록이 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Select an item on the timeline to see its facts, links and sources: click it, or press Tab to walk through the history in date order. Ctrl+F searches.</source>
        <translation>연표에서 항목을 선택하면 사실, 관련 링크, 출처를 볼 수 있습니다. 항목을 클릭하거나 Tab을 눌러 날짜순으로 역사를 따라가 보세요. Ctrl+F로 검색합니다.</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>항목 상세 정보</translation>
    </message>
    <message>
        <source>(uncertain)</source>
        <translation>(불확실)</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>관련 항목</translation>
    </message>
    <message>
        <source>Where the sources differ or are unsure</source>
        <translation>자료마다 다르거나 불확실한 부분</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>주소 복사</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>The details are in {path}; please send them to whoever looks after this app.</source>
        <translation>자세한 내용은 {path}에 기록되어 있습니다. 이 앱을 관리하는 분께 보내 주세요.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>문제가 생겼습니다.</translation>
    </message>
    <message>
        <source>Something went wrong. The answers you gave before it are saved.</source>
        <translation>문제가 생겼습니다. 그 전에 입력한 답은 저장되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>ExamPlanSection</name>
    <message>
        <source>Preparing for a test</source>
        <translation>시험 준비</translation>
    </message>
    <message>
        <source>I have a test on</source>
        <translation>시험 날짜</translation>
    </message>
    <message>
        <source>Study sessions then aim to have what the test covers learned by its day: new cards are spread over the days left and reviews come closer together.</source>
        <translation>학습 세션이 시험 범위를 시험일까지 익히도록 맞춰집니다. 새 카드는 남은 날에 나누어 배우고, 복습 간격은 짧아집니다.</translation>
    </message>
    <message>
        <source>Date of the test</source>
        <translation>시험 날짜</translation>
    </message>
    <message>
        <source>The day of the test (from tomorrow on)</source>
        <translation>시험 보는 날(내일부터 고를 수 있습니다)</translation>
    </message>
    <message>
        <source>covering</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>What the test covers</source>
        <translation>시험 범위</translation>
    </message>
    <message>
        <source>What the test covers: everything, or one stage</source>
        <translation>시험 범위: 전체 또는 한 단계</translation>
    </message>
    <message>
        <source>Cards per day until the test (dark: reviews; light: new cards)</source>
        <translation>시험일까지 날마다 공부할 카드(진한 색: 복습, 연한 색: 새 카드)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show and filter</source>
        <translation>표시 및 필터</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Filter: under</source>
        <translation>필터: 정부</translation>
    </message>
    <message>
        <source>Filter by administration</source>
        <translation>정부로 필터</translation>
    </message>
    <message>
        <source>Dim everything that did not happen under this president</source>
        <translation>이 대통령 재임 중에 일어나지 않은 항목을 흐리게 표시</translation>
    </message>
    <message>
        <source>in</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>단계로 필터</translation>
    </message>
    <message>
        <source>Dim everything outside this stage</source>
        <translation>이 단계 밖의 항목을 흐리게 표시</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>모든 항목 다시 표시</translation>
    </message>
    <message>
        <source>any administration</source>
        <translation>모든 정부</translation>
    </message>
    <message>
        <source>{name} (acting), {year}</source>
        <translation>{name} (권한대행), {year}</translation>
    </message>
    <message>
        <source>{name}, {year}</source>
        <translation>{name}, {year}</translation>
    </message>
    <message>
        <source>any stage</source>
        <translation>모든 단계</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Timeline as a List</source>
        <translation>목록으로 보는 연표</translation>
    </message>
    <message>
        <source>Map of Links</source>
        <translation>연결 지도</translation>
    </message>
    <message>
        <source>Tool Bar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source>Show and Filter Bar</source>
        <translation>표시·필터 막대</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Content Pack…</source>
        <translation>콘텐츠 팩 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another content pack (a folder of YAML files)</source>
        <translation>다른 콘텐츠 팩(YAML 파일 폴더) 열기</translation>
    </message>
    <message>
        <source>New Pack from &amp;Spreadsheet…</source>
        <translation>스프레드시트로 새 팩 만들기(&amp;S)…</translation>
    </message>
    <message>
        <source>Make a content pack of a spreadsheet (one row per item, the columns named as the pack&apos;s fields) and open it</source>
        <translation>스프레드시트(한 행에 항목 하나, 열 이름은 팩의 필드 이름)로 콘텐츠 팩을 만들어 엽니다</translation>
    </message>
    <message>
        <source>Save Spreadsheet &amp;Template…</source>
        <translation>스프레드시트 서식 저장(&amp;T)…</translation>
    </message>
    <message>
        <source>A spreadsheet with the columns a pack needs and five items of the history, to start from</source>
        <translation>팩에 필요한 열과 역사 항목 다섯 개가 들어 있는 스프레드시트로, 여기서 시작할 수 있습니다</translation>
    </message>
    <message>
        <source>Restore Progress from a &amp;Backup…</source>
        <translation>백업에서 학습 기록 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Go back to a copy of your quiz progress made earlier (one is made each day); a restore can be undone</source>
        <translation>예전에 만든 퀴즈 학습 기록 사본으로 돌아갑니다(사본은 매일 만들어집니다). 복원은 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Print &amp;Worksheet…</source>
        <translation>학습지 인쇄(&amp;W)…</translation>
    </message>
    <message>
        <source>A PDF of numbered questions with an answer key; the same set number gives the same questions as the class quiz</source>
        <translation>번호가 매겨진 문제와 정답이 담긴 PDF. 세트 번호가 같으면 학급 퀴즈와 같은 문제가 나옵니다</translation>
    </message>
    <message>
        <source>Export &amp;Poster…</source>
        <translation>포스터 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>The timeline as shown, on an A4, A3 or Letter page (PDF), or as SVG or PNG</source>
        <translation>화면에 보이는 연표를 A4, A3, Letter 용지(PDF) 또는 SVG, PNG로 저장</translation>
    </message>
    <message>
        <source>Export &amp;Question Set…</source>
        <translation>문항 세트 내보내기(&amp;Q)…</translation>
    </message>
    <message>
        <source>The questions of a set for Anki (.apkg), Moodle (XML or GIFT) or a spreadsheet (CSV); the same set number gives the same questions as the class quiz and the worksheet</source>
        <translation>한 세트의 문항을 Anki(.apkg), Moodle(XML 또는 GIFT), 스프레드시트(CSV)용으로 저장합니다. 세트 번호가 같으면 학급 퀴즈, 학습지와 같은 문항이 나옵니다</translation>
    </message>
    <message>
        <source>Print &amp;Details…</source>
        <translation>상세 정보 인쇄(&amp;D)…</translation>
    </message>
    <message>
        <source>Print the details panel of the selected item, or save it as a PDF</source>
        <translation>선택한 항목의 상세 정보를 인쇄하거나 PDF로 저장</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit egov-timeline</source>
        <translation>egov-timeline 끝내기</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 뒤로</translation>
    </message>
    <message>
        <source>Back to the item shown before (Alt+Left)</source>
        <translation>이전에 본 항목으로 돌아가기 (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation>앞으로 →</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>다시 앞으로 가기 (Alt+Right)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in around the middle (Ctrl++)</source>
        <translation>가운데를 중심으로 확대 (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out around the middle (Ctrl+-)</source>
        <translation>가운데를 중심으로 축소 (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole history (Ctrl+0)</source>
        <translation>역사 전체 보기 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>선택 항목으로 확대(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom to the selected item (Ctrl+E)</source>
        <translation>선택한 항목으로 확대 (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Search names, acronyms and Korean names (Ctrl+F)</source>
        <translation>이름, 약칭, 한국어 이름 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>다음 창(&amp;P)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane: timeline, details, list, filters, search (F6); in the details, Tab walks the links and Enter follows one</source>
        <translation>키보드 초점을 다음 창으로 옮긴다: 연표, 상세 정보, 목록, 필터, 검색 (F6). 상세 정보에서는 Tab으로 링크를 차례로 고르고 Enter로 따라간다</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>연표(&amp;T)</translation>
    </message>
    <message>
        <source>The timeline and the details of each item</source>
        <translation>연표와 각 항목의 상세 정보</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>퀴즈(&amp;Q)</translation>
    </message>
    <message>
        <source>Quiz yourself, or study the cards that are due</source>
        <translation>스스로 퀴즈를 풀거나 복습할 때가 된 카드를 공부한다</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>학습 현황(&amp;P)</translation>
    </message>
    <message>
        <source>How you have done, and what you know well</source>
        <translation>지금까지의 결과와 잘 아는 내용</translation>
    </message>
    <message>
        <source>&amp;Class Quiz</source>
        <translation>학급 퀴즈(&amp;C)</translation>
    </message>
    <message>
        <source>A quiz for the whole class on the projector</source>
        <translation>프로젝터로 학급 전체가 함께 푸는 퀴즈</translation>
    </message>
    <message>
        <source>Full screen with large text, for the projector (F5). Text size: Ctrl+Alt+= larger, Ctrl+Alt+- smaller</source>
        <translation>프로젝터용 큰 글자 전체 화면 (F5). 글자 크기: Ctrl+Alt+= 크게, Ctrl+Alt+- 작게</translation>
    </message>
    <message>
        <source>&amp;Map of Links</source>
        <translation>연결 지도(&amp;M)</translation>
    </message>
    <message>
        <source>What led to the selected item and what it led to, as a map; rebuild it from memory (Ctrl+M)</source>
        <translation>선택한 항목에 이르게 한 것과 그 항목이 이끈 것을 지도로 보여 줍니다. 기억으로 지도를 다시 이어 볼 수도 있습니다 (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>모드(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>Guided &amp;Tours</source>
        <translation>둘러보기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>표시 줄(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>글자 크기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>글자 크게(&amp;L)</translation>
    </message>
    <message>
        <source>Larger text everywhere, the timeline included</source>
        <translation>연표를 포함한 모든 곳의 글자를 크게</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <source>Smaller text everywhere</source>
        <translation>모든 곳의 글자를 작게</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>기본 크기(&amp;N)</translation>
    </message>
    <message>
        <source>Text at 100%</source>
        <translation>글자 크기 100%</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>테마(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;Both Names</source>
        <translation>두 언어 이름 함께 표시(&amp;B)</translation>
    </message>
    <message>
        <source>Show English and Korean names together, for mixed classes</source>
        <translation>영어 이름과 한국어 이름을 함께 표시 (여러 언어를 쓰는 학급용)</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the details panel (Ctrl+D)</source>
        <translation>상세 정보 표시/숨기기 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Timeline as a &amp;List</source>
        <translation>연표를 목록으로(&amp;L)</translation>
    </message>
    <message>
        <source>All items in date order, in step with the timeline (Ctrl+L)</source>
        <translation>모든 항목을 날짜순으로, 연표와 함께 움직이며 보여 준다 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the app answers to (F1)</source>
        <translation>앱에서 쓰는 모든 키 (F1)</translation>
    </message>
    <message>
        <source>&amp;About egov-timeline</source>
        <translation>egov-timeline 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version, content and licences</source>
        <translation>버전, 콘텐츠, 라이선스</translation>
    </message>
    <message>
        <source>Show or hide {lane} (Alt+{n}).</source>
        <translation>{lane} 보이기/숨기기 (Alt+{n}).</translation>
    </message>
    <message>
        <source>About egov-timeline</source>
        <translation>egov-timeline 정보</translation>
    </message>
    <message>
        <source>How Korea built its e-government, from the 1960s to 2017: a timeline, details with their sources, and quizzes for self-study and the classroom.

Content pack: {title} ({count} items). Every item records its source.
Works offline: nothing is sent or fetched over a network.
Hangul font: Nanum Gothic, under the SIL Open Font License 1.1.</source>
        <translation>1960년대부터 2017년까지 한국이 전자정부를 만들어 온 과정: 연표, 출처를 밝힌 상세 정보, 자습과 수업을 위한 퀴즈.

콘텐츠 팩: {title} (항목 {count}개). 모든 항목에 출처가 기록되어 있습니다.
오프라인으로 작동합니다: 네트워크로 보내거나 받아 오는 것이 없습니다.
한글 글꼴: 나눔고딕, SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>저장되지 않은 답</translation>
    </message>
    <message>
        <source>If you quit now, the answers that are not saved are lost. Quit anyway?</source>
        <translation>지금 끝내면 저장되지 않은 답은 사라집니다. 그래도 끝낼까요?</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>그래도 끝내기</translation>
    </message>
    <message>
        <source>Keep the App Open</source>
        <translation>앱 계속 열어 두기</translation>
    </message>
    <message>
        <source>Coloured bands: the six stages of the 2015 report.</source>
        <translation>색 띠: 2015년 보고서의 여섯 단계.</translation>
    </message>
    <message>
        <source>Bars: presidents&apos; terms; hatched and dashed: acting presidents.</source>
        <translation>막대: 대통령 임기. 빗금과 점선: 권한대행.</translation>
    </message>
    <message>
        <source>Circles and bars: projects and plans.</source>
        <translation>원과 막대: 사업과 계획.</translation>
    </message>
    <message>
        <source>Diamonds: laws, on the day they were enacted.</source>
        <translation>마름모: 법령 (제정일 기준).</translation>
    </message>
    <message>
        <source>Squares and bars: agencies, ministries and committees.</source>
        <translation>사각형과 막대: 기관, 부처, 위원회.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of links</source>
        <translation>연결 지도</translation>
    </message>
</context>
<context>
    <name>MasteryBars</name>
    <message>
        <source>{label}: {percent}%</source>
        <translation>{label}: {percent}%</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Overview of the whole history</source>
        <translation>역사 전체 개요</translation>
    </message>
    <message>
        <source>The whole history. Drag the frame or click to move the timeline.</source>
        <translation>역사 전체. 틀을 끌거나 클릭해서 연표를 이동합니다.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
</context>
<context>
    <name>PackOpener</name>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path}에 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Make a pack from a spreadsheet</source>
        <translation>스프레드시트로 팩 만들기</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>스프레드시트 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Where the new pack&apos;s folder goes</source>
        <translation>새 팩 폴더를 둘 곳</translation>
    </message>
    <message>
        <source>Save the spreadsheet template</source>
        <translation>스프레드시트 서식 저장</translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>스프레드시트, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Opened {folder}</source>
        <translation>{folder}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Open a content pack folder</source>
        <translation>콘텐츠 팩 폴더 열기</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Saved {path} (set {seed}, {count} questions)</source>
        <translation>{path}에 저장했습니다 (세트 {seed}, {count}문항)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Select an item first: its details are what is printed</source>
        <translation>먼저 항목을 선택하세요. 그 항목의 상세 정보가 인쇄됩니다</translation>
    </message>
    <message>
        <source>Sent the details of {name} to the printer</source>
        <translation>{name}의 상세 정보를 프린터로 보냈습니다</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>학습지 저장</translation>
    </message>
    <message>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki 덱 (*.apkg)</translation>
    </message>
    <message>
        <source>Moodle XML (*.xml)</source>
        <translation>Moodle XML (*.xml)</translation>
    </message>
    <message>
        <source>GIFT text for Moodle (*.gift)</source>
        <translation>Moodle용 GIFT 텍스트 (*.gift)</translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>스프레드시트, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the question set</source>
        <translation>문항 세트 내보내기</translation>
    </message>
    <message>
        <source>Export the timeline as a poster</source>
        <translation>연표를 포스터로 내보내기</translation>
    </message>
    <message>
        <source>A3 landscape PDF (*.pdf);;A4 landscape PDF (*.pdf);;Letter landscape PDF (*.pdf);;SVG picture (*.svg);;PNG picture (*.png)</source>
        <translation>A3 가로 PDF (*.pdf);;A4 가로 PDF (*.pdf);;Letter 가로 PDF (*.pdf);;SVG 그림 (*.svg);;PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>Print the details</source>
        <translation>상세 정보 인쇄</translation>
    </message>
</context>
<context>
    <name>PlaceStrip</name>
    <message>
        <source>Timeline strip: choose a year</source>
        <translation>연표 띠: 연도 선택</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <source>Cards per day until the test</source>
        <translation>시험일까지 날마다 공부할 카드</translation>
    </message>
    <message>
        <source>Set the date of a test above, and the study sessions aim to have what it covers learned by then: this chart then shows the cards to study each day.</source>
        <translation>위에서 시험 날짜를 정하면 학습 세션이 시험 범위를 그날까지 익히도록 맞춰지고, 이 차트에 날마다 공부할 카드 수가 나타납니다.</translation>
    </message>
    <message>
        <source>{reviews} reviews and {new} new cards from today to the test, at most {peak} cards on one day</source>
        <translation>오늘부터 시험일까지 복습 {reviews}장과 새 카드 {new}장, 하루 최대 {peak}장</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>시험</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Text size {percent}%</source>
        <translation>글자 크기 {percent}%</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>This content pack has problems</source>
        <translation>이 콘텐츠 팩에 문제점이 있습니다</translation>
    </message>
    <message>
        <source>{folder} did not make a pack: {count} problem must be fixed first.</source>
        <translation>{folder}로 팩을 만들지 못했습니다. 먼저 문제점 {count}개를 고쳐야 합니다.</translation>
    </message>
    <message>
        <source>{folder} did not make a pack: {count} problems must be fixed first.</source>
        <translation>{folder}로 팩을 만들지 못했습니다. 먼저 문제점 {count}개를 고쳐야 합니다.</translation>
    </message>
    <message>
        <source>The pack in {folder} was not opened: {count} problem must be fixed first.</source>
        <translation>{folder}의 팩을 열지 않았습니다. 먼저 문제점 {count}개를 고쳐야 합니다.</translation>
    </message>
    <message>
        <source>The pack in {folder} was not opened: {count} problems must be fixed first.</source>
        <translation>{folder}의 팩을 열지 않았습니다. 먼저 문제점 {count}개를 고쳐야 합니다.</translation>
    </message>
    <message>
        <source>The history that comes with the app is shown instead. Fix the problems, then open the folder again with File → Open Content Pack.</source>
        <translation>대신 앱에 들어 있는 역사를 보여 줍니다. 문제점을 고친 다음 파일 → 콘텐츠 팩 열기로 그 폴더를 다시 여세요.</translation>
    </message>
    <message>
        <source>The pack you had open stays open.</source>
        <translation>열려 있던 팩은 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <source>Each line names the sheet, the row and the column.</source>
        <translation>각 줄에 시트, 행, 열이 표시됩니다.</translation>
    </message>
    <message>
        <source>Each line names the file, the line, the item and the field.</source>
        <translation>각 줄에 파일, 줄 번호, 항목, 필드가 표시됩니다.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제점</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Your progress</source>
        <translation>나의 학습 현황</translation>
    </message>
    <message>
        <source>Answers per day, last 30 days (dark: right; line: share right)</source>
        <translation>최근 30일 날짜별 답한 수 (진한 색: 정답, 선: 정답률)</translation>
    </message>
    <message>
        <source>Answers and accuracy per day</source>
        <translation>날짜별 답한 수와 정답률</translation>
    </message>
    <message>
        <source>Mastery per stage</source>
        <translation>단계별 숙달도</translation>
    </message>
    <message>
        <source>Mastery per kind</source>
        <translation>종류별 숙달도</translation>
    </message>
    <message>
        <source>How often you are right, by how sure you were</source>
        <translation>확실한 정도에 따른 정답률</translation>
    </message>
    <message>
        <source>Preparing for a test</source>
        <translation>시험 준비</translation>
    </message>
    <message>
        <source>Mastery: how firmly each item is known, from your answers: an item answered right and remembered for three weeks counts fully.</source>
        <translation>숙달도: 답한 기록으로 본, 각 항목을 얼마나 확실히 아는지입니다. 정답을 맞히고 3주 동안 기억한 항목은 완전히 아는 것으로 봅니다.</translation>
    </message>
    <message>
        <source>{total} answer so far, {percent}% right.</source>
        <translation>지금까지 {total}번 답했고 {percent}%를 맞혔습니다.</translation>
    </message>
    <message>
        <source>{total} answers so far, {percent}% right.</source>
        <translation>지금까지 {total}번 답했고 {percent}%를 맞혔습니다.</translation>
    </message>
    <message>
        <source>{studied} items studied; {due} card due now.</source>
        <translation>학습한 항목 {studied}개, 지금 복습할 때가 된 카드 {due}장.</translation>
    </message>
    <message>
        <source>{studied} items studied; {due} cards due now.</source>
        <translation>학습한 항목 {studied}개, 지금 복습할 때가 된 카드 {due}장.</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>확실함</translation>
    </message>
    <message>
        <source>Think so</source>
        <translation>아마도</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>찍음</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Drag the items into order, or pick one and move it with Alt+Up and Alt+Down. Enter checks your order.</source>
        <translation>항목을 끌어서 순서대로 놓거나, 하나를 골라 Alt+Up과 Alt+Down으로 옮기세요. Enter로 순서를 확인합니다.</translation>
    </message>
    <message>
        <source>Click the year, or move along the strip with Left and Right and press Enter.</source>
        <translation>연도를 클릭하거나, Left와 Right로 띠를 따라 이동한 뒤 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Items to put in order; Alt+Up and Alt+Down move one</source>
        <translation>순서대로 놓을 항목. Alt+Up과 Alt+Down으로 옮깁니다</translation>
    </message>
    <message>
        <source>How sure are you?</source>
        <translation>얼마나 확실한가요?</translation>
    </message>
    <message>
        <source>Sure (Q)</source>
        <translation>확실함 (Q)</translation>
    </message>
    <message>
        <source>I know this</source>
        <translation>알고 있습니다</translation>
    </message>
    <message>
        <source>Think so (W)</source>
        <translation>아마도 (W)</translation>
    </message>
    <message>
        <source>I think this is right</source>
        <translation>맞는 것 같습니다</translation>
    </message>
    <message>
        <source>Guess (E)</source>
        <translation>찍음 (E)</translation>
    </message>
    <message>
        <source>I am guessing</source>
        <translation>짐작으로 고릅니다</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>확인 (Enter)</translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation>연표에서 보기</translation>
    </message>
    <message>
        <source>Go to the timeline with this item selected</source>
        <translation>이 항목을 선택한 채 연표로 이동</translation>
    </message>
    <message>
        <source>That was hard (H)</source>
        <translation>어려웠음 (H)</translation>
    </message>
    <message>
        <source>That was easy (E)</source>
        <translation>쉬웠음 (E)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>다음 (Enter)</translation>
    </message>
    <message>
        <source>{title} · question {n} of {total} · {kind}</source>
        <translation>{title} · 문제 {n}/{total} · {kind}</translation>
    </message>
    <message>
        <source>Answer {n}: {choice}</source>
        <translation>보기 {n}: {choice}</translation>
    </message>
    <message>
        <source>Press Q (sure), W (think so) or E (guess) to see the answer; Enter skips.</source>
        <translation>Q(확실함), W(아마도), E(찍음) 중 하나를 누르면 답이 나옵니다. Enter를 누르면 건너뜁니다.</translation>
    </message>
    <message>
        <source>You said:</source>
        <translation>확실한 정도:</translation>
    </message>
    <message>
        <source>✔ right answer</source>
        <translation>✔ 정답</translation>
    </message>
    <message>
        <source>✘ your answer</source>
        <translation>✘ 내 답</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>정답!</translation>
    </message>
    <message>
        <source>{placed} of {total} in the right place. The numbers give the order.</source>
        <translation>{total}개 중 {placed}개를 제자리에 놓았습니다. 번호가 바른 순서입니다.</translation>
    </message>
    <message>
        <source>Partly right ({percent}%). The answer: {answer}</source>
        <translation>부분 정답 ({percent}%). 정답: {answer}</translation>
    </message>
    <message>
        <source>Not quite. The answer: {answer}</source>
        <translation>아쉽네요. 정답: {answer}</translation>
    </message>
    <message>
        <source>See the summary (Enter)</source>
        <translation>결과 보기 (Enter)</translation>
    </message>
    <message>
        <source>You were sure, but that is not right. Read the answer once more:</source>
        <translation>확실하다고 했지만 틀렸습니다. 답을 한 번 더 읽어 보세요.</translation>
    </message>
    <message>
        <source>it comes back first in your next study session.</source>
        <translation>이 문제는 다음 학습에서 가장 먼저 다시 나옵니다.</translation>
    </message>
    <message>
        <source>it is worth asking again soon.</source>
        <translation>곧 다시 풀어 보면 좋습니다.</translation>
    </message>
    <message>
        <source>Right, though you guessed: it comes back sooner, to make it sure.</source>
        <translation>맞았지만 찍은 답입니다. 확실히 익히도록 더 일찍 다시 나옵니다.</translation>
    </message>
    <message>
        <source>Right, though you guessed.</source>
        <translation>맞았지만 찍은 답입니다.</translation>
    </message>
    <message>
        <source>(Marked as hard.)</source>
        <translation>(어려움으로 표시했습니다.)</translation>
    </message>
    <message>
        <source>(Marked as easy.)</source>
        <translation>(쉬움으로 표시했습니다.)</translation>
    </message>
    <message>
        <source>Retry of mistakes</source>
        <translation>틀린 문제 다시 풀기</translation>
    </message>
</context>
<context>
    <name>QuizStart</name>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Study with spaced repetition</source>
        <translation>간격 반복 학습</translation>
    </message>
    <message>
        <source>Study now</source>
        <translation>지금 학습</translation>
    </message>
    <message>
        <source>Review the cards that are due, then as many new ones as set beside it</source>
        <translation>복습할 때가 된 카드를 먼저 풀고, 옆에 정한 수만큼 새 카드를 풉니다</translation>
    </message>
    <message>
        <source>New cards per session:</source>
        <translation>한 번에 새 카드:</translation>
    </message>
    <message>
        <source>New cards per study session</source>
        <translation>학습 한 번에 새로 푸는 카드 수</translation>
    </message>
    <message>
        <source>Cards you have not studied yet, added after the cards that are due</source>
        <translation>아직 공부하지 않은 카드로, 복습할 카드 다음에 나옵니다</translation>
    </message>
    <message>
        <source>Each fact is a card. A right answer comes back later, a wrong one soon; after a right answer you may say it was Hard (H) or Easy (E).</source>
        <translation>사실 하나가 카드 한 장입니다. 맞힌 카드는 나중에, 틀린 카드는 곧 다시 나옵니다. 맞힌 뒤에는 어려웠음(H) 또는 쉬웠음(E)을 표시할 수 있습니다.</translation>
    </message>
    <message>
        <source>Practice quiz</source>
        <translation>연습 퀴즈</translation>
    </message>
    <message>
        <source>Ask about:</source>
        <translation>출제 범위:</translation>
    </message>
    <message>
        <source>Quiz scope</source>
        <translation>퀴즈 범위</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>문제 수:</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>문제 수</translation>
    </message>
    <message>
        <source>Kinds of question:</source>
        <translation>문제 유형:</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>퀴즈 시작</translation>
    </message>
    <message>
        <source>Say how sure I am before each answer shows: Q sure, W think so, E guess</source>
        <translation>답을 확인하기 전에 얼마나 확실한지 고르기: Q 확실함, W 아마도, E 찍음</translation>
    </message>
    <message>
        <source>Errors made when sure are shown plainly and asked first next time; the progress page shows how often you are right when sure, when you think so and when you guess</source>
        <translation>확실하다고 하고 틀린 문제는 눈에 띄게 표시되고 다음 학습에서 가장 먼저 나옵니다. 진도 화면에서 확실할 때와 아마도일 때와 찍을 때 각각 얼마나 맞혔는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>stage {order}: {name}</source>
        <translation>{order}단계: {name}</translation>
    </message>
    <message>
        <source>under {name}</source>
        <translation>{name} 정부</translation>
    </message>
    <message>
        <source>only {kind}s</source>
        <translation>{kind}만</translation>
    </message>
    <message>
        <source>the items I missed</source>
        <translation>내가 틀린 항목</translation>
    </message>
    <message>
        <source>tell apart the items easy to mix up (NCA and NIA, MOPAS and MOSPA …)</source>
        <translation>헷갈리기 쉬운 항목 구별하기 (NCA와 NIA, MOPAS와 MOSPA …)</translation>
    </message>
    <message>
        <source>{due} card due now</source>
        <translation>지금 복습할 때가 된 카드 {due}장</translation>
    </message>
    <message>
        <source>{due} cards due now</source>
        <translation>지금 복습할 때가 된 카드 {due}장</translation>
    </message>
    <message>
        <source>{studied} studied so far</source>
        <translation>지금까지 {studied}개 학습</translation>
    </message>
    <message>
        <source>Study now ({due} due)</source>
        <translation>지금 학습 (복습할 카드 {due}장)</translation>
    </message>
    <message>
        <source>Study new cards</source>
        <translation>새 카드 학습</translation>
    </message>
    <message>
        <source>Tick at least one kind of question.</source>
        <translation>문제 유형을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>There is nothing to ask about in that choice yet — you have not missed anything.</source>
        <translation>그 범위에는 아직 출제할 문제가 없습니다 — 틀린 문제가 하나도 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to ask about in that choice yet.</source>
        <translation>그 범위에는 아직 출제할 문제가 없습니다.</translation>
    </message>
    <message>
        <source>Nothing is due and there are no new cards.</source>
        <translation>복습할 때가 된 카드도, 새 카드도 없습니다.</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>학습</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>Question</source>
        <translation>문항</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Summary: each question, your answer and the right answer</source>
        <translation>요약: 문항마다 내 답과 정답</translation>
    </message>
    <message>
        <source>Retry mistakes</source>
        <translation>틀린 문제 다시 풀기</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>{title}: {right} of {total} right ({points} points)</source>
        <translation>{title}: {total}문제 중 {right}문제 정답 ({points}점)</translation>
    </message>
</context>
<context>
    <name>RelationMapView</name>
    <message>
        <source>Rebuild the map</source>
        <translation>지도 되살리기</translation>
    </message>
    <message>
        <source>Show all links</source>
        <translation>모든 연결 보기</translation>
    </message>
    <message>
        <source>End the exercise and draw every link (Esc)</source>
        <translation>연습을 끝내고 모든 연결을 다시 그립니다 (Esc)</translation>
    </message>
    <message>
        <source>Hide some links and restore them from memory: each question names a link, you click the item it leads to (R)</source>
        <translation>연결 몇 개를 숨기고 기억으로 되살립니다. 질문이 가리키는 연결의 반대쪽 끝 항목을 클릭하세요 (R)</translation>
    </message>
    <message>
        <source>Select an item on the timeline to see what led to it and what it led to.</source>
        <translation>연표에서 항목을 선택하면 그 항목에 이르게 한 것과 그 항목이 이끈 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No causes or effects of {name} are recorded.</source>
        <translation>{name}의 원인이나 결과는 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Click an item to centre the map on it. R: rebuild the map from memory.</source>
        <translation>항목을 클릭하면 그 항목을 가운데에 두고 지도를 다시 그립니다. R: 기억으로 지도 되살리기.</translation>
    </message>
    <message>
        <source>{count} more links are listed in the details.</source>
        <translation>나머지 연결 {count}개는 상세 정보에 나와 있습니다.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search: name, acronym, 한국어 … (Ctrl+F)</source>
        <translation>검색: 이름, 약칭, 한국어 … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search names, acronyms, Korean names, other spellings and text. Enter jumps to the first result, Down goes through them, Esc clears.</source>
        <translation>이름, 약칭, 한국어 이름, 다른 표기와 본문을 검색합니다. Enter는 첫 결과로 이동, Down은 결과를 차례로 이동, Esc는 검색어 지우기입니다.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>“{text}”에 해당하는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Timeline: pan</source>
        <translation>연표: 좌우로 이동</translation>
    </message>
    <message>
        <source>Left, Right, or drag</source>
        <translation>Left, Right 또는 끌기</translation>
    </message>
    <message>
        <source>Timeline: zoom at the pointer</source>
        <translation>연표: 포인터 위치에서 확대·축소</translation>
    </message>
    <message>
        <source>Mouse wheel, or + and -</source>
        <translation>마우스 휠 또는 +와 -</translation>
    </message>
    <message>
        <source>Timeline: walk the items in date order</source>
        <translation>연표: 날짜순으로 항목 이동</translation>
    </message>
    <message>
        <source>Timeline: open the selected item</source>
        <translation>연표: 선택한 항목 열기</translation>
    </message>
    <message>
        <source>Timeline: first and last years</source>
        <translation>연표: 처음과 마지막 연도</translation>
    </message>
    <message>
        <source>Quiz: answer, then go on</source>
        <translation>퀴즈: 답한 뒤 넘어가기</translation>
    </message>
    <message>
        <source>1 - 4, then Enter or Space</source>
        <translation>1 - 4, 그다음 Enter 또는 Space</translation>
    </message>
    <message>
        <source>Quiz: mark a right answer hard or easy</source>
        <translation>퀴즈: 맞힌 답을 어려웠음·쉬웠음으로 표시</translation>
    </message>
    <message>
        <source>Class quiz: reveal, next, back, pause</source>
        <translation>학급 퀴즈: 정답 보기, 다음, 이전, 일시 정지</translation>
    </message>
    <message>
        <source>Guided tour: next, back, end</source>
        <translation>둘러보기: 다음, 이전, 끝내기</translation>
    </message>
    <message>
        <source>Right, Space or PageDown; Left or PageUp; Esc</source>
        <translation>Right, Space 또는 PageDown; Left 또는 PageUp; Esc</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>What</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Quiz cards due for review now (Ctrl+2 opens the quiz)</source>
        <translation>지금 복습할 때가 된 퀴즈 카드 (Ctrl+2로 퀴즈 열기)</translation>
    </message>
    <message>
        <source>(Ctrl+E zooms to it; Alt+Left goes back)</source>
        <translation>(Ctrl+E: 확대, Alt+Left: 뒤로)</translation>
    </message>
    <message>
        <source>{n} items — click an item or press Tab to select; scroll to zoom, drag to pan.  ({a} administrations, {p} projects, {l} laws, {g} agencies)</source>
        <translation>항목 {n}개 — 항목을 클릭하거나 Tab을 눌러 선택, 스크롤로 확대·축소, 끌어서 이동.  (정부 {a}, 사업 {p}, 법령 {l}, 기관 {g})</translation>
    </message>
    <message>
        <source>Quiz: 1–4 answer, Q W E how sure, Enter or Space goes on, Ctrl+1 back to the timeline</source>
        <translation>퀴즈: 1–4 답, Q W E 확실한 정도, Enter·Space 다음, Ctrl+1 연표로</translation>
    </message>
    <message>
        <source>Class quiz: Space reveals, Right goes on, P pauses the countdown; F5 for full screen</source>
        <translation>학급 퀴즈: Space로 정답 보기, Right로 다음, P로 카운트다운 일시 정지, F5로 전체 화면</translation>
    </message>
    <message>
        <source>Progress: your answers per day and what you know well; Ctrl+2 opens the quiz</source>
        <translation>학습 현황: 날짜별 답한 수와 잘 아는 내용. Ctrl+2로 퀴즈 열기</translation>
    </message>
    <message>
        <source>1 card due</source>
        <translation>복습할 카드 1장</translation>
    </message>
    <message>
        <source>{n} cards due</source>
        <translation>복습할 카드 {n}장</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Timeline as a list</source>
        <translation>목록으로 보는 연표</translation>
    </message>
    <message>
        <source>Every item in date order; choosing one selects it on the timeline</source>
        <translation>모든 항목이 날짜순으로 있다. 하나를 고르면 연표에서 선택된다</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Stages, presidents, projects, laws and agencies along a time axis. Tab moves through items in date order, Enter opens one, arrows pan, Ctrl plus and minus zoom.</source>
        <translation>시간 축을 따라 놓인 단계, 대통령, 사업, 법령, 기관. Tab은 날짜순으로 항목 이동, Enter는 항목 열기, 화살표 키는 화면 이동, Ctrl과 +/-는 확대·축소입니다.</translation>
    </message>
</context>
<context>
    <name>TourCard</name>
    <message>
        <source>Guided tour</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <source>Choice {n}</source>
        <translation>보기 {n}</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 이전</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>다음 →</translation>
    </message>
    <message>
        <source>End tour (Esc)</source>
        <translation>둘러보기 끝내기 (Esc)</translation>
    </message>
    <message>
        <source>Right or Space: next · Left: back</source>
        <translation>Right 또는 Space: 다음 · Left: 이전</translation>
    </message>
    <message>
        <source>PageDown and PageUp, as a presentation clicker sends, work too</source>
        <translation>발표용 리모컨이 보내는 PageDown과 PageUp도 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>{title} · stop {n} of {total}</source>
        <translation>{title} · {total}곳 중 {n}번째</translation>
    </message>
    <message>
        <source>Finish ✓</source>
        <translation>마치기 ✓</translation>
    </message>
    <message>
        <source>1–4 or a click: your answer · Esc: end</source>
        <translation>1–4 또는 클릭: 답 고르기 · Esc: 끝내기</translation>
    </message>
    <message>
        <source>{title} · after the tour · question {n} of {total}</source>
        <translation>{title} · 둘러보기 뒤 · 문제 {n}/{total}</translation>
    </message>
    <message>
        <source>{title} · before the tour · question {n} of {total}</source>
        <translation>{title} · 둘러보기 앞 · 문제 {n}/{total}</translation>
    </message>
    <message>
        <source>The same questions come again at the end: see what the tour taught you.</source>
        <translation>끝에서 같은 문제를 다시 풉니다. 둘러보기로 무엇을 배웠는지 확인해 보세요.</translation>
    </message>
    <message>
        <source>The questions of the start, once more.</source>
        <translation>처음에 푼 문제를 한 번 더 풉니다.</translation>
    </message>
    <message>
        <source>{after} of {total} right after the tour, {before} before it</source>
        <translation>둘러보기 뒤 {total}문제 중 {after}문제 정답 (앞에서는 {before}문제)</translation>
    </message>
    <message>
        <source>{gain} more right than before: well done.</source>
        <translation>처음보다 {gain}문제를 더 맞혔습니다. 잘했습니다!</translation>
    </message>
    <message>
        <source>As many right as before: the questions come again in the quiz.</source>
        <translation>처음과 같은 수를 맞혔습니다. 퀴즈에서 이 문제들을 다시 만날 수 있습니다.</translation>
    </message>
    <message>
        <source>Fewer right than before: try the quiz on this part of the history.</source>
        <translation>처음보다 적게 맞혔습니다. 역사의 이 부분을 퀴즈로 다시 풀어 보세요.</translation>
    </message>
    <message>
        <source>Close ✓</source>
        <translation>닫기 ✓</translation>
    </message>
    <message>
        <source>Right, Space or Esc: close</source>
        <translation>Right, Space 또는 Esc: 닫기</translation>
    </message>
</context>
<context>
    <name>TourPlayer</name>
    <message>
        <source>(this pack has no tours)</source>
        <translation>(이 콘텐츠 팩에는 둘러보기가 없습니다)</translation>
    </message>
    <message>
        <source>{title} ({n} stops)</source>
        <translation>{title} ({n}곳)</translation>
    </message>
    <message>
        <source>Three Questions Before and After a Tour</source>
        <translation>둘러보기 앞뒤로 세 문제 풀기</translation>
    </message>
    <message>
        <source>Asked before the first stop and again after the last: the gain shows</source>
        <translation>첫 지점 전과 마지막 지점 뒤에 같은 문제를 풀고, 얼마나 늘었는지 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Print a worksheet</source>
        <translation>학습지 인쇄</translation>
    </message>
    <message>
        <source>Export a question set</source>
        <translation>문항 세트 내보내기</translation>
    </message>
    <message>
        <source>Numbered questions, and an answer key on a page of its own. The same set number gives the same questions as the class quiz.</source>
        <translation>번호가 매겨진 문제와 별도 페이지의 정답. 세트 번호가 같으면 학급 퀴즈와 같은 문제가 나옵니다.</translation>
    </message>
    <message>
        <source>The questions of a set, each with its choices, answer, explanation and sources, for Anki, Moodle or a spreadsheet. The same set number gives the same questions as the class quiz and the worksheet.</source>
        <translation>한 세트의 문항을 보기, 정답, 해설, 출처와 함께 Anki, Moodle, 스프레드시트용으로 저장합니다. 세트 번호가 같으면 학급 퀴즈, 학습지와 같은 문항이 나옵니다.</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>문제 수:</translation>
    </message>
    <message>
        <source>The same set number gives the same questions as the class quiz</source>
        <translation>세트 번호가 같으면 학급 퀴즈와 같은 문항이 나옵니다</translation>
    </message>
    <message>
        <source>Set number:</source>
        <translation>세트 번호:</translation>
    </message>
    <message>
        <source>Large print (16 pt)</source>
        <translation>큰 글자 (16pt)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
</context>
</TS>
