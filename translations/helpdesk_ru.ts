<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdminTool</name>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Неизвестный язык «%1»; допустимые: %2.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Не указана команда.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>The option --%1 belongs to the %2 command, not to %3.</source>
        <translation>Параметр --%1 относится к команде %2, а не к %3.</translation>
    </message>
    <message>
        <source>The %1 command needs a ticket number, e.g. %1 HD-000042.</source>
        <translation>Команде %1 нужен номер заявки, например: %1 HD-000042.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for the %2 command.</source>
        <translation>Лишний аргумент «%1» для команды %2.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of reports, 0 for all; “%1” is not one.</source>
        <translation>--limit ожидает целое число заявок (0 — все); «%1» не подходит.</translation>
    </message>
    <message>
        <source>“%1” is not a ticket number; write it like HD-000042.</source>
        <translation>«%1» — не номер заявки; укажите его в виде HD-000042.</translation>
    </message>
    <message>
        <source>The export command needs --format csv or --format json.</source>
        <translation>Команде export нужен параметр --format csv или --format json.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”; use csv or json.</source>
        <translation>Неизвестный формат экспорта «%1»; используйте csv или json.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>Для --output нужно указать имя файла.</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>База данных: %1 (%2)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версия схемы: %1</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Заявок: %1</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>Заявок пока нет.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>(not given)</source>
        <comment>show: a field the reporter left empty</comment>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>(typed in)</source>
        <comment>show: a model not picked from the catalogue</comment>
        <translation>(введено вручную)</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Заявка:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Symptom:</source>
        <translation>Симптом:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Кратко:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Началось:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Влияние:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Срочность:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Device kind:</source>
        <translation>Тип устройства:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Производитель:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Asset tag:</source>
        <translation>Инвентарный номер:</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>Здание:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Кабинет:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Отдел:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Рабочее место:</translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation>Способ связи:</translation>
    </message>
    <message>
        <source>Computer:</source>
        <translation>Компьютер:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Операционная система:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Подана:</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>Не удаётся прочитать заявки: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Reading the reports stopped: %1</source>
        <translation>Чтение заявок прервано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n report(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n заявка в %1.</numerusform>
            <numerusform>Экспортировано %n заявки в %1.</numerusform>
            <numerusform>Экспортировано %n заявок в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Не удаётся прочитать стандартный ввод: %1</translation>
    </message>
    <message>
        <source>Nothing to submit: standard input is empty. Pipe one report as JSON into “%1 submit”.</source>
        <translation>Нечего подавать: стандартный ввод пуст. Передайте одну заявку в формате JSON на вход «%1 submit».</translation>
    </message>
    <message>
        <source>The %1 command needs a database login, e.g. %1 ivanov.</source>
        <translation>Команде %1 нужен логин базы данных, например: %1 ivanov.</translation>
    </message>
    <message>
        <source>Reporter and agent roles exist only on a shared PostgreSQL database; the embedded database has none to grant.</source>
        <translation>Роли заявителей и агентов есть только в общей базе данных PostgreSQL; во встроенной базе выдавать нечего.</translation>
    </message>
    <message>
        <source>There is no login “%1” on the database server. Create it first (for example CREATE ROLE &quot;%1&quot; LOGIN), then run this again.</source>
        <translation>На сервере базы данных нет пользователя «%1». Сначала создайте его (например, CREATE ROLE &quot;%1&quot; LOGIN), затем повторите команду.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>Пользователю %1 выдана роль %2.</translation>
    </message>
    <message>
        <source>The %1 command needs a CSV file, e.g. %1 devices.csv.</source>
        <translation>Команде %1 нужен файл CSV, например: %1 devices.csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 new, updated %2 devices.</source>
        <translation>Импортировано новых устройств: %1, обновлено: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <comment>import-devices: a bad row of the CSV file</comment>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>Экспортировано %n устройство в %1.</numerusform>
            <numerusform>Экспортировано %n устройства в %1.</numerusform>
            <numerusform>Экспортировано %n устройств в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog command needs what to do, e.g. catalog search HL-L2340D.</source>
        <translation>Команде catalog нужно указать действие, например: catalog search HL-L2340D.</translation>
    </message>
    <message>
        <source>Unknown catalog command “%1”; use catalog search TEXT.</source>
        <translation>Неизвестная команда catalog «%1»; используйте catalog search ТЕКСТ.</translation>
    </message>
    <message>
        <source>Unknown kind of device “%1”; choose one of: %2.</source>
        <translation>Неизвестный вид устройства «%1»; выберите один из: %2.</translation>
    </message>
    <message>
        <source>Nothing in the device catalogue matches “%1”.</source>
        <translation>В каталоге устройств нет ничего подходящего под «%1».</translation>
    </message>
    <message>
        <source>Vague:</source>
        <translation>Нечёткая:</translation>
    </message>
    <message>
        <source>yes — the reporter sent it as it is; ask what exactly happens</source>
        <translation>да — заявитель отправил как есть; уточните, что именно происходит</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>A line of standard input is longer than 1 MiB; triage checks one text per line.</source>
        <translation>Строка стандартного ввода длиннее 1 МиБ; triage проверяет по одному тексту на строку.</translation>
    </message>
    <message>
        <source>--category, --location, --message, --make, --model and --asset-tag belong to incident add.</source>
        <translation>--category, --location, --message, --make, --model и --asset-tag относятся к incident add.</translation>
    </message>
    <message>
        <source>--all belongs to incident list.</source>
        <translation>--all относится к incident list.</translation>
    </message>
    <message>
        <source>Affected too:</source>
        <translation>Тоже затронуты:</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>больше никто</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>устранён %1</translation>
    </message>
    <message numerus="yes">
        <source>%n affected</source>
        <translation>
            <numerusform>%n затронут</numerusform>
            <numerusform>%n затронуты</numerusform>
            <numerusform>%n затронуто</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>Инцидентов нет.</translation>
    </message>
    <message>
        <source>No active incidents.</source>
        <translation>Действующих инцидентов нет.</translation>
    </message>
    <message>
        <source>incident add needs one title, in quotes if it has spaces, e.g. incident add &quot;Printers on floor 3 are down&quot;.</source>
        <translation>incident add нужен один заголовок, в кавычках, если в нём есть пробелы, например incident add &quot;Не печатают принтеры на 3 этаже&quot;.</translation>
    </message>
    <message>
        <source>--make and --model go together.</source>
        <translation>--make и --model задаются вместе.</translation>
    </message>
    <message>
        <source>incident %1 needs an incident reference, e.g. incident %1 INC-0007.</source>
        <translation>incident %1 нужен номер инцидента, например incident %1 INC-0007.</translation>
    </message>
    <message>
        <source>“%1” is not an incident reference; write it like INC-0007.</source>
        <translation>«%1» — не номер инцидента; пишите так: INC-0007.</translation>
    </message>
    <message>
        <source>%1 is resolved; the wizard no longer shows it.</source>
        <translation>%1 устранён; мастер больше его не показывает.</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Инцидент:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation>Объявлен:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Устройство:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Сообщение:</translation>
    </message>
    <message numerus="yes">
        <source>Affected (%n):</source>
        <translation>
            <numerusform>Затронут (%n):</numerusform>
            <numerusform>Затронуты (%n):</numerusform>
            <numerusform>Затронуто (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident command needs add, list, show or resolve.</source>
        <translation>Команде incident нужно add, list, show или resolve.</translation>
    </message>
    <message>
        <source>Unknown incident command “%1”; use add, list, show or resolve.</source>
        <translation>Неизвестная команда incident «%1»; используйте add, list, show или resolve.</translation>
    </message>
    <message>
        <source>Unknown priority command “%1”; use set or response, or nothing to show the matrix.</source>
        <translation>Неизвестная команда priority «%1»; используйте set или response, а без команды будет показана матрица.</translation>
    </message>
    <message>
        <source>priority set needs IMPACT URGENCY PRIORITY, e.g. priority set me blocked 2.</source>
        <translation>priority set нужны ВЛИЯНИЕ СРОЧНОСТЬ ПРИОРИТЕТ, например priority set me blocked 2.</translation>
    </message>
    <message>
        <source>priority response needs PRIORITY MINUTES, e.g. priority response 2 120.</source>
        <translation>priority response нужны ПРИОРИТЕТ МИНУТЫ, например priority response 2 120.</translation>
    </message>
    <message>
        <source>A priority is a number from %1 to %2.</source>
        <translation>Приоритет — число от %1 до %2.</translation>
    </message>
    <message>
        <source>A response time is a positive number of minutes.</source>
        <translation>Время реакции — положительное число минут.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>мин.</translation>
    </message>
    <message>
        <source>The %1 command needs a ticket number and the number of the attachment, e.g. %1 HD-000042 1 --output screenshot.png.</source>
        <translation>Команде %1 нужны номер заявки и номер вложения, например: %1 HD-000042 1 --output screenshot.png.</translation>
    </message>
    <message>
        <source>“%1” is not the number of an attachment; “%2 show %3” lists them as 1, 2, …</source>
        <translation>«%1» — не номер вложения; «%2 show %3» показывает их под номерами 1, 2, …</translation>
    </message>
    <message>
        <source>The %1 command needs --output FILE: where to save the attachment.</source>
        <translation>Команде %1 нужен --output ФАЙЛ: куда сохранить вложение.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Attachment %1 of %2 (“%3”) is damaged: its bytes do not match the SHA-256 checksum stored with it. Nothing was saved.</source>
        <translation>Вложение %1 заявки %2 («%3») повреждено: его содержимое не совпадает с сохранённой контрольной суммой SHA-256. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2, %3, SHA-256 %4) to %5.</source>
        <translation>«%1» (%2, %3, SHA-256 %4) сохранено в %5.</translation>
    </message>
    <message>
        <source>Standard input holds more than %1; one report with its largest attachments is less.</source>
        <translation>На стандартном вводе больше %1; одна заявка даже с самыми большими вложениями меньше.</translation>
    </message>
    <message>
        <source>--self-test takes no command; “%1” is one too many.</source>
        <translation>--self-test не принимает команду; «%1» лишнее.</translation>
    </message>
    <message>
        <source>The config command is config show, config get KEY, config set KEY VALUE [--system] or config unset KEY [--system].</source>
        <translation>Команда config: config show, config get КЛЮЧ, config set КЛЮЧ ЗНАЧЕНИЕ [--system] или config unset КЛЮЧ [--system].</translation>
    </message>
    <message>
        <source>config %1 needs %2.</source>
        <translation>config %1 требует %2.</translation>
    </message>
    <message>
        <source>a key and a value</source>
        <translation>ключ и значение</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for config %2.</source>
        <translation>Лишний аргумент «%1» для config %2.</translation>
    </message>
    <message>
        <source>--system belongs to config set and config unset; config %1 shows the value that applies.</source>
        <translation>--system относится к config set и config unset; config %1 показывает действующее значение.</translation>
    </message>
    <message>
        <source>Unknown setting “%1”; the settings are: %2.</source>
        <translation>Неизвестная настройка «%1»; настройки: %2.</translation>
    </message>
    <message>
        <source>from the user setting</source>
        <translation>из настройки пользователя</translation>
    </message>
    <message>
        <source>from the system setting</source>
        <translation>из системной настройки</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>User settings: %1</source>
        <translation>Настройки пользователя: %1</translation>
    </message>
    <message>
        <source>System settings: %1</source>
        <translation>Системные настройки: %1</translation>
    </message>
    <message>
        <source>The system setting is locked: the user&apos;s database settings are ignored.</source>
        <translation>Системная настройка закреплена: настройки базы данных пользователя не учитываются.</translation>
    </message>
    <message>
        <source>config set needs a value; to remove a setting use config unset %1.</source>
        <translation>config set требует значение; чтобы удалить настройку, используйте config unset %1.</translation>
    </message>
    <message>
        <source>%1 set in %2.</source>
        <translation>%1 записано в %2.</translation>
    </message>
    <message>
        <source>%1 removed from %2.</source>
        <translation>%1 удалено из %2.</translation>
    </message>
    <message>
        <source>seed-demo needs --reports N, a whole number above 0.</source>
        <translation>Команде seed-demo нужен параметр --reports N — целое число больше 0.</translation>
    </message>
    <message>
        <source>--name is for agents of the embedded database; on PostgreSQL the login is the name.</source>
        <translation>--name задаётся только для агентов встроенной базы; в PostgreSQL имя — это логин.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <source>No password given; the agent was not saved.</source>
        <translation>Пароль не введён; агент не сохранён.</translation>
    </message>
    <message>
        <source>The two passwords differ; the agent was not saved.</source>
        <translation>Пароли не совпадают; агент не сохранён.</translation>
    </message>
    <message>
        <source>No password on standard input: pipe it in, e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | %1 add-agent %2.</source>
        <translation>На стандартном вводе нет пароля: передайте его, например printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | %1 add-agent %2.</translation>
    </message>
    <message>
        <source>Agent %1 added; they sign in to helpdesk-review with this password.</source>
        <translation>Агент %1 добавлен; он входит в helpdesk-review с этим паролем.</translation>
    </message>
    <message>
        <source>Agent %1 has a new password.</source>
        <translation>У агента %1 новый пароль.</translation>
    </message>
    <message>
        <source>%1 of %2 reports…</source>
        <translation>%1 из %2 заявок…</translation>
    </message>
    <message>
        <source>Added %1 demo reports in %2 s (%3 per second).</source>
        <translation>Добавлено демонстрационных заявок: %1 за %2 с (%3 в секунду).</translation>
    </message>
    <message>
        <source>Usage: %1 [--database URL] [--lang en|ru] %2</source>
        <translation>Использование: %1 [--database URL] [--lang en|ru] %2</translation>
    </message>
    <message>
        <source>Create the database or bring its schema up to date; print where it is and its schema version.</source>
        <translation>Создать базу данных или обновить её схему; показать, где она, и версию схемы.</translation>
    </message>
    <message>
        <source>Newest reports first, one per line.</source>
        <translation>Заявки от новых к старым, по одной на строку.</translation>
    </message>
    <message>
        <source>List at most N reports (default %1; 0 lists all).</source>
        <translation>Показать не больше N заявок (по умолчанию %1; 0 — все).</translation>
    </message>
    <message>
        <source>Every field of one report, e.g. show HD-000042, and its attachments: number, name, type, size.</source>
        <translation>Все поля одной заявки, например: show HD-000042, и её вложения: номер, имя, тип, размер.</translation>
    </message>
    <message>
        <source>All reports, oldest first, to standard output or a file.</source>
        <translation>Все заявки от старых к новым — в стандартный вывод или в файл.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv или json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Записать в ФАЙЛ вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>File one report read as JSON from standard input and print its ticket number.</source>
        <translation>Подать одну заявку, прочитав её в формате JSON со стандартного ввода, и вывести её номер.</translation>
    </message>
    <message>
        <source>PostgreSQL: let an existing login file reports and read its own.</source>
        <translation>PostgreSQL: разрешить существующему пользователю подавать заявки и видеть свои.</translation>
    </message>
    <message>
        <source>PostgreSQL: let an existing login read and update all reports. SQLite: create the agent or set a new password.</source>
        <translation>PostgreSQL: разрешить существующему логину читать и изменять все заявки. SQLite: создать агента или задать новый пароль.</translation>
    </message>
    <message>
        <source>On SQLite the password is read from standard input (asked twice, hidden, on a terminal).</source>
        <translation>В SQLite пароль читается со стандартного ввода (в терминале — дважды, без отображения).</translation>
    </message>
    <message>
        <source>SQLite: the agent&apos;s name as the console shows it.</source>
        <translation>SQLite: имя агента, как его показывает консоль.</translation>
    </message>
    <message>
        <source>Add or update devices of the inventory from a CSV file.</source>
        <translation>Добавить или обновить устройства из файла CSV.</translation>
    </message>
    <message>
        <source>The file has a header row: asset_tag,kind,make,model,name,location,notes (asset_tag and kind required).</source>
        <translation>В файле есть строка заголовка: asset_tag,kind,make,model,name,location,notes (asset_tag и kind обязательны).</translation>
    </message>
    <message>
        <source>The device inventory as CSV, by asset tag, to standard output or a file.</source>
        <translation>Перечень устройств в формате CSV, по инвентарным номерам, — в стандартный вывод или в файл.</translation>
    </message>
    <message>
        <source>Search the makes and models of the built-in device catalogue. Needs no database.</source>
        <translation>Искать производителей и модели во встроенном каталоге устройств. База данных не нужна.</translation>
    </message>
    <message>
        <source>The makes and models that match TEXT, best first, one MAKE&lt;TAB&gt;MODEL per line; &quot;&quot; lists them all.</source>
        <translation>Производители и модели, подходящие под ТЕКСТ, лучшие первыми, по одной строке ПРОИЗВОДИТЕЛЬ&lt;TAB&gt;МОДЕЛЬ; &quot;&quot; — весь каталог.</translation>
    </message>
    <message>
        <source>Only devices of this kind: %1.</source>
        <translation>Только устройства этого вида: %1.</translation>
    </message>
    <message>
        <source>Check texts read from standard input, one per line. Needs no database.</source>
        <translation>Проверить тексты со стандартного ввода, по одному на строку. База данных не нужна.</translation>
    </message>
    <message>
        <source>Prints one JSON object per line, {&quot;vague&quot;: true|false, &quot;secrets&quot;: [{&quot;kind&quot;, &quot;start&quot;, &quot;end&quot;}]} (offsets in characters of that line).</source>
        <translation>Выводит по объекту JSON на строку, {&quot;vague&quot;: true|false, &quot;secrets&quot;: [{&quot;kind&quot;, &quot;start&quot;, &quot;end&quot;}]} (смещения в символах этой строки).</translation>
    </message>
    <message>
        <source>The priority matrix (impact x urgency -&gt; P1..P4) and the response time of each priority.</source>
        <translation>Матрица приоритетов (влияние x срочность -&gt; P1..P4) и время реакции для каждого приоритета.</translation>
    </message>
    <message>
        <source>priority set IMPACT URGENCY P changes one cell, e.g. priority set me blocked 2; priority response P MINUTES one response time, e.g. priority response 2 120.</source>
        <translation>priority set IMPACT URGENCY P меняет одну клетку, например: priority set me blocked 2; priority response P MINUTES — одно время реакции, например: priority response 2 120.</translation>
    </message>
    <message>
        <source>Save one attachment of a report to a file, after checking its SHA-256.</source>
        <translation>Сохранить одно вложение заявки в файл, проверив его SHA-256.</translation>
    </message>
    <message>
        <source>N is the number of the attachment as show lists them: 1, 2, …</source>
        <translation>N — номер вложения в списке show: 1, 2, …</translation>
    </message>
    <message>
        <source>Where to save the attachment.</source>
        <translation>Куда сохранить вложение.</translation>
    </message>
    <message>
        <source>Add invented demo reports. Never on a real helpdesk database.</source>
        <translation>Добавить вымышленные демонстрационные заявки. Никогда — в рабочую базу.</translation>
    </message>
    <message>
        <source>All categories, real devices, Russian and English text, the last 90 days.</source>
        <translation>Все категории, настоящие устройства, русский и английский текст, последние 90 дней.</translation>
    </message>
    <message>
        <source>How many demo reports to add.</source>
        <translation>Сколько демонстрационных заявок добавить.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Post, list, show and resolve known incidents.</source>
        <translation>Объявить, перечислить, показать и завершить известные инциденты.</translation>
    </message>
    <message>
        <source>incident add posts a known incident; the wizard shows it to the people at WHERE (everyone without --location). incident list: active incidents. incident show: one incident and the people it affects. incident resolve: the incident is over; the wizard stops showing it.</source>
        <translation>incident add объявляет известный инцидент; мастер покажет его тем, кто в WHERE (всем, если --location не задан). incident list: действующие инциденты. incident show: один инцидент и затронутые им люди. incident resolve: инцидент устранён; мастер больше его не показывает.</translation>
    </message>
    <message>
        <source>incident add: the category it concerns.</source>
        <translation>incident add: категория, которой он касается.</translation>
    </message>
    <message>
        <source>incident add: where; the wizard shows it to the people there.</source>
        <translation>incident add: где; мастер покажет его тем, кто там.</translation>
    </message>
    <message>
        <source>incident add: what the wizard tells them.</source>
        <translation>incident add: что мастер им сообщит.</translation>
    </message>
    <message>
        <source>incident add: the make of the device (with --model).</source>
        <translation>incident add: производитель устройства (вместе с --model).</translation>
    </message>
    <message>
        <source>incident add: the model of the device (with --make).</source>
        <translation>incident add: модель устройства (вместе с --make).</translation>
    </message>
    <message>
        <source>incident add: the asset tag of the device.</source>
        <translation>incident add: инвентарный номер устройства.</translation>
    </message>
    <message>
        <source>incident list: resolved incidents too.</source>
        <translation>incident list: и завершённые инциденты.</translation>
    </message>
    <message>
        <source>Show, read, write or remove the settings.</source>
        <translation>Показать, прочитать, записать или удалить настройки.</translation>
    </message>
    <message>
        <source>config show: every setting that applies and where it comes from. config get KEY: the value of one setting that applies. config set KEY VALUE: write a setting for this user, or with --system for every user of this computer. config unset KEY: remove a setting. Keys: database (a URL without password), database.sslmode, database.sslrootcert, database.locked (--system).</source>
        <translation>config show: все действующие настройки и откуда они взяты. config get КЛЮЧ: действующее значение одной настройки. config set КЛЮЧ ЗНАЧЕНИЕ: записать настройку для этого пользователя или, с --system, для всех пользователей компьютера. config unset КЛЮЧ: удалить настройку. Ключи: database (адрес без пароля), database.sslmode, database.sslrootcert, database.locked (--system).</translation>
    </message>
    <message>
        <source>config set and config unset: the system setting, for every user of this computer.</source>
        <translation>config set и config unset: системная настройка, для всех пользователей компьютера.</translation>
    </message>
    <message>
        <source>sqlite:/path/to/helpdesk.sqlite or postgresql://user@host:port/dbname. Without it: $HELPDESK_DATABASE, else the user setting (unless locked), else the system setting, else %1</source>
        <translation>sqlite:/path/to/helpdesk.sqlite или postgresql://user@host:port/dbname. Если не задан: $HELPDESK_DATABASE, иначе настройка пользователя (если не закреплена), иначе системная настройка, иначе %1</translation>
    </message>
    <message>
        <source>Language of the output: en or ru.</source>
        <translation>Язык вывода: en или ru.</translation>
    </message>
    <message>
        <source>Check the database (reachable, schema version, role and permissions), the device catalogue and the translations; print a checklist. Changes nothing; exit status 0 only when all pass.</source>
        <translation>Проверить базу данных (доступность, версию схемы, роль и права), каталог устройств и переводы; вывести список проверок. Ничего не меняет; код выхода 0, только если все проверки пройдены.</translation>
    </message>
    <message>
        <source>Show this help; after a command, the help of that command.</source>
        <translation>Показать эту справку; после команды — справку по этой команде.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation>КОМАНДА [параметры]</translation>
    </message>
    <message>
        <source>Administers the Helpdesk Intake database.</source>
        <translation>Администрирование базы данных Helpdesk Intake.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>“%1 COMMAND --help” shows what one command takes.</source>
        <translation>«%1 КОМАНДА --help» показывает, что принимает одна команда.</translation>
    </message>
    <message>
        <source>The options of every command (--database, --lang): %1 --help.</source>
        <translation>Параметры всех команд (--database, --lang): %1 --help.</translation>
    </message>
    <message>
        <source>SQLite: give an existing agent a new password (this also lifts a lock).</source>
        <translation>SQLite: задать новый пароль существующему агенту (это также снимает блокировку).</translation>
    </message>
    <message>
        <source>--reset is for agents of the embedded database; on PostgreSQL the password is the login&apos;s own, set on the server.</source>
        <translation>--reset — для агентов встроенной базы данных; в PostgreSQL пароль принадлежит самому логину и задаётся на сервере.</translation>
    </message>
    <message>
        <source>The agent %1 already exists. To give them a new password (which also lifts a lock), run this again with --reset. On the embedded database anyone who can write its file can do that; only the file&apos;s permissions protect it.</source>
        <translation>Агент %1 уже существует. Чтобы задать ему новый пароль (это также снимает блокировку), выполните команду ещё раз с --reset. Во встроенной базе данных это может сделать любой, кто может записывать её файл; защищают её только права доступа к файлу.</translation>
    </message>
    <message>
        <source>The report names the login “%1”, but you are connected to the database as “%2”; a report can only be filed under your own login. Leave contact.login out, or ask IT to make “%2” a helpdesk agent (helpdesk-admin add-agent) to file for others.</source>
        <translation>В заявке указан логин «%1», но вы подключены к базе данных как «%2»; заявку можно подать только под своим логином. Уберите contact.login или попросите ИТ-отдел сделать «%2» агентом техподдержки (helpdesk-admin add-agent), чтобы подавать заявки за других.</translation>
    </message>
    <message>
        <source>PostgreSQL: how many new reports a login may file an hour; without arguments, the limits.</source>
        <translation>PostgreSQL: сколько новых заявок в час может подать логин; без аргументов — показать ограничения.</translation>
    </message>
    <message>
        <source>The database refuses a login&apos;s next report past its limit. filing-limit monitoring 500 lets a monitoring system file more; filing-limit monitoring default gives it everyone&apos;s limit again.</source>
        <translation>Сверх ограничения база данных отклоняет следующую заявку логина. filing-limit monitoring 500 позволяет системе мониторинга подавать больше; filing-limit monitoring default возвращает ей общее ограничение.</translation>
    </message>
    <message>
        <source>Set the limit of every login without one of its own.</source>
        <translation>Задать ограничение для всех логинов, у которых нет собственного.</translation>
    </message>
    <message>
        <source>Give the login and its limit, e.g. filing-limit monitoring 500, or filing-limit monitoring default.</source>
        <translation>Укажите логин и его ограничение, например filing-limit monitoring 500 или filing-limit monitoring default.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new report(s) an hour</source>
        <translation>
            <numerusform>%1: %n новая заявка в час</numerusform>
            <numerusform>%1: %n новые заявки в час</numerusform>
            <numerusform>%1: %n новых заявок в час</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a number of reports an hour (0 or more) or “default”.</source>
        <translation>«%1» — не число заявок в час (0 или больше) и не «default».</translation>
    </message>
    <message>
        <source>Close the reports resolved more than N days ago (default %1) whose reporter said nothing.</source>
        <translation>Закрыть заявки, решённые больше N дней назад (по умолчанию %1), автор которых ничего не ответил.</translation>
    </message>
    <message>
        <source>Each gets a history row in the name &quot;helpdesk&quot;. Run it daily, for example from cron or a systemd timer.</source>
        <translation>Каждая получает строку истории от имени «helpdesk». Запускайте ежедневно, например из cron или таймера systemd.</translation>
    </message>
    <message>
        <source>Close those resolved more than N days ago.</source>
        <translation>Закрыть решённые больше N дней назад.</translation>
    </message>
    <message>
        <source>--days needs a whole number of days, 1 or more; “%1” is not one.</source>
        <translation>Для --days нужно целое число дней, не меньше 1; «%1» — не такое число.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n report(s) resolved more than %1 ago that nobody answered.</source>
        <translation>
            <numerusform>Закрыта %n заявка, решённая больше %1 назад и оставшаяся без ответа.</numerusform>
            <numerusform>Закрыто %n заявки, решённые больше %1 назад и оставшиеся без ответа.</numerusform>
            <numerusform>Закрыто %n заявок, решённых больше %1 назад и оставшихся без ответа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentAccounts</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The agent needs a login.</source>
        <translation>У агента должен быть логин.</translation>
    </message>
    <message>
        <source>Cannot read the agents: %1</source>
        <translation>Не удалось прочитать список агентов: %1</translation>
    </message>
    <message>
        <source>Cannot save the agent %1: %2</source>
        <translation>Не удалось сохранить агента %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the agent %1: %2</source>
        <translation>Не удалось обновить агента %1: %2</translation>
    </message>
</context>
<context>
    <name>AgentSignIn</name>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>There is no agent “%1” in this database. An administrator adds agents with “helpdesk-admin add-agent %1”.</source>
        <translation>В этой базе нет агента «%1». Администратор добавляет агентов командой «helpdesk-admin add-agent %1».</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. Too many wrong passwords: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Неверный пароль. Слишком много неверных паролей: подождите %n секунду перед следующей попыткой.</numerusform>
            <numerusform>Неверный пароль. Слишком много неверных паролей: подождите %n секунды перед следующей попыткой.</numerusform>
            <numerusform>Неверный пароль. Слишком много неверных паролей: подождите %n секунд перед следующей попыткой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Слишком много неверных паролей: подождите %n секунду перед следующей попыткой.</numerusform>
            <numerusform>Слишком много неверных паролей: подождите %n секунды перед следующей попыткой.</numerusform>
            <numerusform>Слишком много неверных паролей: подождите %n секунд перед следующей попыткой.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database server refused this login and password.</source>
        <translation>Сервер базы данных не принял этот логин и пароль.</translation>
    </message>
    <message>
        <source>“%1” may use the database but is not a helpdesk agent. An administrator makes it one with “helpdesk-admin add-agent %1”.</source>
        <translation>«%1» может работать с базой, но не является агентом службы поддержки. Администратор назначает агентов командой «helpdesk-admin add-agent %1».</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>«%1» не существует (уже).</translation>
    </message>
    <message>
        <source>“%1” is a folder; attach the files in it one by one.</source>
        <translation>«%1» — папка; приложите файлы из неё по одному.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» — не обычный файл.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«%1» не удаётся прочитать: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <source>Screenshot and files</source>
        <translation>Снимок экрана и файлы</translation>
    </message>
    <message>
        <source>Optional: show the helpdesk what you see. An error message on the screen often says more than a description.</source>
        <translation>Необязательно: покажите службе поддержки то, что видите вы. Сообщение об ошибке на экране часто говорит больше любого описания.</translation>
    </message>
    <message>
        <source>Take &amp;screenshot</source>
        <translation>Сделать &amp;снимок экрана</translation>
    </message>
    <message>
        <source>This window steps aside, every screen is photographed, and you can black out private parts before it is attached.</source>
        <translation>Это окно ненадолго скроется, все экраны будут сфотографированы, и вы сможете закрасить личное, прежде чем снимок будет приложен.</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Выбрать файлы…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>Вст&amp;авить картинку</translation>
    </message>
    <message>
        <source>Attach the picture you copied, e.g. with PrtScn or your screenshot tool (Ctrl+V).</source>
        <translation>Приложить скопированную картинку, например снятую клавишей PrtScn или программой для снимков экрана (Ctrl+V).</translation>
    </message>
    <message>
        <source>Attac&amp;hed:</source>
        <translation>&amp;Приложено:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Приложено</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Unknown setting “%1”; the settings are: %2.</source>
        <translation>Неизвестная настройка «%1»; настройки: %2.</translation>
    </message>
    <message>
        <source>Only the system setting can lock the database setting: add --system.</source>
        <translation>Закрепить настройку базы данных может только системная настройка: добавьте --system.</translation>
    </message>
    <message>
        <source>database.locked is true or false, not “%1”.</source>
        <translation>database.locked может быть true или false, но не «%1».</translation>
    </message>
    <message>
        <source>IT has locked the database settings in %1, so a setting of your own would be ignored.</source>
        <translation>ИТ закрепили настройки базы данных в %1, поэтому ваша собственная настройка не учитывалась бы.</translation>
    </message>
    <message>
        <source>A password in a settings file can be read by anyone who can read the file: leave it out of the URL. The wizard asks for it and keeps it in the keyring; single sign-on (Kerberos) needs none.</source>
        <translation>Пароль в файле настроек может прочитать любой, кто может прочитать файл: не указывайте его в адресе. Мастер спросит пароль и сохранит его в связке ключей; при едином входе (Kerberos) пароль не нужен.</translation>
    </message>
    <message>
        <source>Unknown sslmode “%1”; use one of: %2.</source>
        <translation>Неизвестный sslmode «%1»; используйте один из: %2.</translation>
    </message>
    <message>
        <source>Give the CA certificate as an absolute path, e.g. /etc/ssl/certs/helpdesk-ca.pem.</source>
        <translation>Укажите сертификат УЦ абсолютным путём, например /etc/ssl/certs/helpdesk-ca.pem.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>Cannot write %1; the system setting needs an administrator (sudo).</source>
        <translation>Не удаётся записать %1; для системной настройки нужны права администратора (sudo).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>How can we reach you?</source>
        <translation>Как с вами связаться?</translation>
    </message>
    <message>
        <source>We filled in what this computer knows about you. Check it, correct it and confirm.</source>
        <translation>Мы заполнили поля тем, что знает о вас этот компьютер. Проверьте, при необходимости исправьте и подтвердите.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Имя и фамилия:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>Lo&amp;cation (building, room):</source>
        <translation>&amp;Рабочее место (здание, кабинет):</translation>
    </message>
    <message>
        <source>e.g. +7 495 123-45-67, ext. 214</source>
        <translation>например, +7 495 123-45-67, доб. 214</translation>
    </message>
    <message>
        <source>These details are c&amp;orrect</source>
        <translation>Данные &amp;верны</translation>
    </message>
    <message>
        <source>Preferred &amp;way to reach you:</source>
        <translation>&amp;Удобный способ связи:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the quoted field that starts on line %1 is never closed, so everything after it was skipped</source>
        <translation>значение в кавычках, начатое в строке %1, не закрыто, поэтому всё после него пропущено</translation>
    </message>
    <message>
        <source>text follows the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>после закрывающей кавычки поля %1 идёт текст; кавычку внутри значения в кавычках нужно удвоить (&quot;&quot;)</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (the first bad byte is on line %1). Save it as “CSV UTF-8” and try again.</source>
        <translation>Файл — не текст в кодировке UTF-8 (первый неверный байт в строке %1). Сохраните его как «CSV UTF-8» и повторите.</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>По &amp;категориям</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Заявки по категориям</translation>
    </message>
    <message>
        <source>By &amp;make</source>
        <translation>По &amp;производителям</translation>
    </message>
    <message>
        <source>Reports per device make</source>
        <translation>Заявки по производителям устройств</translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation>По &amp;дням</translation>
    </message>
    <message>
        <source>Reports per day</source>
        <translation>Заявки по дням</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Обновить сводку</translation>
    </message>
    <message>
        <source>What reporters said of the help</source>
        <translation>Что авторы заявок сказали о помощи</translation>
    </message>
</context>
<context>
    <name>DashboardStatsReader</name>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation>Не удаётся прочитать статистику: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database URL “%1” names no file; write sqlite:/path/to/helpdesk.sqlite.</source>
        <translation>В URL базы данных «%1» не указан файл; пример: sqlite:/path/to/helpdesk.sqlite.</translation>
    </message>
    <message>
        <source>The database URL “%1” is not valid; write postgresql://user@host:port/dbname.</source>
        <translation>Неверный URL базы данных «%1»; пример: postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Unknown database URL “%1”: it must start with sqlite: or postgresql://.</source>
        <translation>Неизвестный URL базы данных «%1»: он должен начинаться с sqlite: или postgresql://.</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed (Debian package %2).</source>
        <translation>Драйвер баз данных Qt %1 не установлен (пакет Debian %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Не удаётся создать папку %1 для базы данных.</translation>
    </message>
    <message>
        <source>The database server %1 refused the password for the login “%2”. Check the password in the database URL, or ask IT to reset it.</source>
        <translation>Сервер базы данных %1 не принял пароль пользователя «%2». Проверьте пароль в адресе базы данных или попросите ИТ-отдел сбросить его.</translation>
    </message>
    <message>
        <source>The database URL asks for an encrypted (TLS) connection, but the server %1 does not offer one. Remove sslmode from the URL or ask IT to enable TLS on the server.</source>
        <translation>В адресе базы данных требуется шифрованное (TLS) соединение, но сервер %1 его не поддерживает. Уберите sslmode из адреса или попросите ИТ-отдел включить TLS на сервере.</translation>
    </message>
    <message>
        <source>The database server %1 accepts only encrypted (TLS) connections: add ?sslmode=require (or verify-full) to the database URL.</source>
        <translation>Сервер базы данных %1 принимает только шифрованные (TLS) соединения: добавьте ?sslmode=require (или verify-full) к адресу базы данных.</translation>
    </message>
    <message>
        <source>There is no database “%1” on the server %2. Ask IT to create it and run “helpdesk-admin init”.</source>
        <translation>На сервере %2 нет базы данных «%1». Попросите ИТ-отдел создать её и выполнить «helpdesk-admin init».</translation>
    </message>
    <message>
        <source>The database server %1 does not let the login “%2” connect from this computer (pg_hba.conf). Ask IT to allow it.</source>
        <translation>Сервер базы данных %1 не разрешает пользователю «%2» подключаться с этого компьютера (pg_hba.conf). Попросите ИТ-отдел разрешить подключение.</translation>
    </message>
    <message>
        <source>Permission denied: the login “%1” may not do this. Ask IT to give it the helpdesk_reporter or helpdesk_agent role (helpdesk-admin add-reporter / add-agent).</source>
        <translation>Доступ запрещён: пользователю «%1» это не разрешено. Попросите ИТ-отдел выдать ему роль helpdesk_reporter или helpdesk_agent (helpdesk-admin add-reporter / add-agent).</translation>
    </message>
    <message>
        <source>The database “%1” has no helpdesk schema yet. Ask IT to run “helpdesk-admin init” on it.</source>
        <translation>В базе данных «%1» ещё нет схемы техподдержки. Попросите ИТ-отдел выполнить для неё «helpdesk-admin init».</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: %2 Check that the server runs and that this computer may reach it (network, firewall).</source>
        <translation>Нет связи с сервером базы данных %1: %2 Проверьте, что сервер работает и доступен с этого компьютера (сеть, брандмауэр).</translation>
    </message>
    <message>
        <source>from --database</source>
        <translation>из --database</translation>
    </message>
    <message>
        <source>from HELPDESK_DATABASE</source>
        <translation>из HELPDESK_DATABASE</translation>
    </message>
    <message>
        <source>from the user setting in %1</source>
        <translation>из настройки пользователя в %1</translation>
    </message>
    <message>
        <source>from the system setting in %1</source>
        <translation>из системной настройки в %1</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>The database server %1 asks for a password for the login “%2”. The wizard asks for it once and keeps it in the desktop&apos;s keyring; a script can use ~/.pgpass. Never put it in a settings file.</source>
        <translation>Сервер базы данных %1 требует пароль пользователя «%2». Мастер спросит его один раз и сохранит в связке ключей рабочего стола; сценарий может использовать ~/.pgpass. Никогда не записывайте пароль в файл настроек.</translation>
    </message>
    <message>
        <source>The database file %1 is busy: another program has been writing to it for more than 5 seconds. Nothing was changed; try again in a moment.</source>
        <translation>Файл базы данных %1 занят: другая программа пишет в него дольше 5 секунд. Ничего не изменено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only for this user, so nothing was saved. Ask IT to make it writable for you, or choose another database with --database.</source>
        <translation>Файл базы данных %1 доступен этому пользователю только для чтения, поэтому ничего не сохранено. Попросите ИТ-отдел дать вам право записи или выберите другую базу параметром --database.</translation>
    </message>
    <message>
        <source>The database file %1 could not be read or written (%2): the disk may be full or failing. Nothing was saved; free some space or check the disk, then try again.</source>
        <translation>Не удалось прочитать или записать файл базы данных %1 (%2): возможно, диск заполнен или неисправен. Ничего не сохранено; освободите место или проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a helpdesk database (%2). Nothing was changed in it. Ask IT to restore it from a backup, or choose another database with --database.</source>
        <translation>Файл %1 повреждён или не является базой данных техподдержки (%2). В нём ничего не изменено. Попросите ИТ-отдел восстановить его из резервной копии или выберите другую базу параметром --database.</translation>
    </message>
    <message>
        <source>The disk that holds the database file %1 is full, so nothing was saved. Free some space, then try again.</source>
        <translation>Диск, на котором лежит файл базы данных %1, заполнен, поэтому ничего не сохранено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened (%2). Check that its folder exists and that you may write there.</source>
        <translation>Не удаётся открыть файл базы данных %1 (%2). Проверьте, что его папка существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
        <source>Not saved: the database lets the login “%1” file and read only its own reports, and this was in another person&apos;s name or for another person&apos;s report. File it under “%1”, or ask IT to make the login a helpdesk agent (helpdesk-admin add-agent) to file for others.</source>
        <translation>Не сохранено: база данных разрешает логину «%1» подавать и читать только свои заявки, а это было от имени другого человека или для чужой заявки. Подавайте заявки под логином «%1» или попросите ИТ-отдел сделать этот логин агентом техподдержки (helpdesk-admin add-agent), чтобы подавать заявки за других.</translation>
    </message>
    <message>
        <source>Not saved: the database takes at most %1 new reports an hour from the login “%2”, and that many came in the last hour. Try again later; if this login files for many people (a monitoring system), ask IT to raise its limit (helpdesk-admin filing-limit).</source>
        <translation>Не сохранено: база данных принимает от логина «%2» не больше %1 новых заявок в час, и за последний час их уже столько. Попробуйте позже; если этот логин подаёт заявки за многих (система мониторинга), попросите ИТ повысить ему ограничение (helpdesk-admin filing-limit).</translation>
    </message>
    <message>
        <source>the category or symptom is not one the helpdesk knows</source>
        <translation>такой категории или признака нет в списке службы поддержки</translation>
    </message>
    <message>
        <source>the summary must have 10 to 120 characters</source>
        <translation>в кратком описании должно быть от 10 до 120 символов</translation>
    </message>
    <message>
        <source>the description may have at most 4000 characters</source>
        <translation>в подробном описании может быть не больше 4000 символов</translation>
    </message>
    <message>
        <source>who is affected, how urgent it is, the kind of device or the preferred contact is not one of the choices</source>
        <translation>кого это затрагивает, насколько срочно, вид устройства или способ связи — не из списка</translation>
    </message>
    <message>
        <source>when the problem started is missing or in the future</source>
        <translation>время начала проблемы не указано или в будущем</translation>
    </message>
    <message>
        <source>the reporter&apos;s name is missing</source>
        <translation>не указано имя заявителя</translation>
    </message>
    <message>
        <source>there is neither an email address nor a phone number</source>
        <translation>нет ни адреса электронной почты, ни номера телефона</translation>
    </message>
    <message>
        <source>the email address is not one</source>
        <translation>адрес электронной почты указан неверно</translation>
    </message>
    <message>
        <source>a field has more than 200 characters</source>
        <translation>в одном из полей больше 200 символов</translation>
    </message>
    <message>
        <source>a field contains control characters</source>
        <translation>в одном из полей есть управляющие символы</translation>
    </message>
    <message>
        <source>at most 5 files can be attached</source>
        <translation>можно приложить не больше 5 файлов</translation>
    </message>
    <message>
        <source>a file is empty or larger than 10 MB</source>
        <translation>файл пуст или больше 10 МБ</translation>
    </message>
    <message>
        <source>a file&apos;s size does not match its bytes</source>
        <translation>размер файла не совпадает с его содержимым</translation>
    </message>
    <message>
        <source>a file&apos;s checksum does not match its bytes</source>
        <translation>контрольная сумма файла не совпадает с его содержимым</translation>
    </message>
    <message>
        <source>a file name is empty, too long, or contains a folder or control characters</source>
        <translation>имя файла пустое, слишком длинное или содержит папку или управляющие символы</translation>
    </message>
    <message>
        <source>a file has no type</source>
        <translation>у файла не указан тип</translation>
    </message>
    <message>
        <source>Not saved: the database refused it because %1. The program checks this before it sends, so this program and the database disagree: tell IT.</source>
        <translation>Не сохранено: база данных отклонила это, потому что %1. Программа проверяет это до отправки, значит, программа и база данных расходятся: сообщите в ИТ.</translation>
    </message>
    <message>
        <source>the workflow does not let the status change that way</source>
        <translation>порядок работы не позволяет так изменить состояние</translation>
    </message>
    <message>
        <source>the report it would be a duplicate of is not an open report</source>
        <translation>заявка, повтором которой она была бы, не открыта</translation>
    </message>
    <message>
        <source>only an open report can be answered; say whether a resolved one is fixed</source>
        <translation>ответить можно только на открытую заявку; у решённой подтвердите, исправлено ли</translation>
    </message>
    <message>
        <source>only a resolved report can be fixed or not fixed</source>
        <translation>подтвердить или оспорить исправление можно только у решённой заявки</translation>
    </message>
    <message>
        <source>the text must have 1 to 4000 characters</source>
        <translation>в тексте должно быть от 1 до 4000 символов</translation>
    </message>
    <message>
        <source>a rating is 1 to 5, given only with “it is fixed”</source>
        <translation>оценка — от 1 до 5, и только вместе с «исправлено»</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Seeding stopped at %1: %2</source>
        <translation>Заполнение остановлено на шаге «%1»: %2</translation>
    </message>
    <message>
        <source>preparing the insert</source>
        <translation>подготовка вставки</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>заявка %1</translation>
    </message>
</context>
<context>
    <name>DeviceCatalog</name>
    <message>
        <source>The device catalogue is not valid JSON: %1 at offset %2.</source>
        <translation>Каталог устройств — некорректный JSON: %1 (смещение %2).</translation>
    </message>
    <message>
        <source>The device catalogue must be a JSON object of device kinds, e.g. {&quot;printer&quot;: {&quot;HP&quot;: [&quot;LaserJet Pro M404dn&quot;]}}.</source>
        <translation>Каталог устройств должен быть JSON-объектом с типами устройств, например {&quot;printer&quot;: {&quot;HP&quot;: [&quot;LaserJet Pro M404dn&quot;]}}.</translation>
    </message>
    <message>
        <source>The device catalogue has format %1; this program reads formats 1 and 2.</source>
        <translation>Каталог устройств в формате %1; эта программа читает форматы 1 и 2.</translation>
    </message>
</context>
<context>
    <name>DeviceInventory</name>
    <message>
        <source>Cannot look up the device %1: %2</source>
        <translation>Не удаётся найти устройство %1: %2</translation>
    </message>
    <message>
        <source>Cannot search the device inventory: %1</source>
        <translation>Не удаётся выполнить поиск в перечне устройств: %1</translation>
    </message>
    <message>
        <source>Cannot count the devices: %1</source>
        <translation>Не удаётся подсчитать устройства: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB; is it really a device inventory?</source>
        <translation>Файл больше 64 МиБ; это точно перечень устройств?</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns, e.g. %1</source>
        <translation>Файл пуст. В его первой строке должны быть названия столбцов, например %1</translation>
    </message>
    <message>
        <source>The first line, which names the columns, is broken: %1</source>
        <translation>Первая строка с названиями столбцов повреждена: %1</translation>
    </message>
    <message>
        <source>an unnamed column (number %1)</source>
        <translation>столбец без названия (№ %1)</translation>
    </message>
    <message>
        <source>The column %1 appears twice in the first line.</source>
        <translation>Столбец %1 указан в первой строке дважды.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown column(s) %1 in the first line; the columns are: %2.</source>
        <translation>
            <numerusform>Неизвестный столбец %1 в первой строке; допустимые столбцы: %2.</numerusform>
            <numerusform>Неизвестные столбцы %1 в первой строке; допустимые столбцы: %2.</numerusform>
            <numerusform>Неизвестные столбцы %1 в первой строке; допустимые столбцы: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first line must name the column(s) %1 (every device needs an asset tag and a kind); it names %2.</source>
        <translation>
            <numerusform>В первой строке должен быть столбец %1 (у каждого устройства должны быть инвентарный номер и тип); сейчас в ней: %2.</numerusform>
            <numerusform>В первой строке должны быть столбцы %1 (у каждого устройства должны быть инвентарный номер и тип); сейчас в ней: %2.</numerusform>
            <numerusform>В первой строке должны быть столбцы %1 (у каждого устройства должны быть инвентарный номер и тип); сейчас в ней: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s), but the first line names %1 columns (a comma in a value that is not in quotes?)</source>
        <translation>
            <numerusform>%n значение, а столбцов в первой строке: %1 (запятая в значении без кавычек?)</numerusform>
            <numerusform>%n значения, а столбцов в первой строке: %1 (запятая в значении без кавычек?)</numerusform>
            <numerusform>%n значений, а столбцов в первой строке: %1 (запятая в значении без кавычек?)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit</source>
        <translation>%1: символов — %2, допустимо не более %3</translation>
    </message>
    <message>
        <source>asset tag missing</source>
        <translation>нет инвентарного номера</translation>
    </message>
    <message>
        <source>the asset tag has a line break or tab in it</source>
        <translation>в инвентарном номере есть перевод строки или табуляция</translation>
    </message>
    <message>
        <source>asset tag %1 appears again (first on line %2)</source>
        <translation>инвентарный номер %1 встречается повторно (впервые в строке %2)</translation>
    </message>
    <message>
        <source>kind missing</source>
        <translation>не указан тип устройства</translation>
    </message>
    <message>
        <source>unknown kind %1; the kinds are: %2</source>
        <translation>неизвестный тип %1; допустимые типы: %2</translation>
    </message>
    <message>
        <source>the login “%1” may not change the device inventory; only helpdesk agents (helpdesk-admin add-agent) and the database&apos;s owner may.</source>
        <translation>пользователю «%1» нельзя изменять перечень устройств; это могут только агенты техподдержки (helpdesk-admin add-agent) и владелец базы данных.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
    <message>
        <source>Cannot read the device inventory: %1</source>
        <translation>Не удаётся прочитать перечень устройств: %1</translation>
    </message>
    <message>
        <source>Reading the device inventory stopped: %1</source>
        <translation>Чтение перечня устройств прервалось: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name quoted in a message</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Which device?</source>
        <translation>Какое устройство?</translation>
    </message>
    <message>
        <source>&amp;Kind of device:</source>
        <translation>&amp;Тип устройства:</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Производитель:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>&amp;Asset tag (optional):</source>
        <translation>&amp;Инвентарный номер (если есть):</translation>
    </message>
    <message>
        <source>e.g. INV-00417, on a sticker on the device</source>
        <translation>например, INV-00417 (на наклейке на устройстве)</translation>
    </message>
    <message>
        <source>e.g. Main office</source>
        <translation>например, Главный офис</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Кабинет:</translation>
    </message>
    <message>
        <source>e.g. 214</source>
        <translation>например, 214</translation>
    </message>
    <message>
        <source>&amp;Find your device:</source>
        <translation>На&amp;йти устройство:</translation>
    </message>
    <message>
        <source>Asset tag, room or model, e.g. INV-00417, 305, M404dn</source>
        <translation>Инвентарный номер, кабинет или модель, например INV-00417, 305, M404dn</translation>
    </message>
    <message>
        <source>Matc&amp;hes:</source>
        <translation>&amp;Совпадения:</translation>
    </message>
    <message>
        <source>Press Enter on a device to fill in the fields below</source>
        <translation>Нажмите Enter на устройстве, чтобы заполнить поля ниже</translation>
    </message>
    <message>
        <source>O&amp;ther — my device is not in the list, I will type it in</source>
        <translation>Другое — моего устройства нет в списке, &amp;введу вручную</translation>
    </message>
    <message>
        <source>B&amp;uilding:</source>
        <translation>&amp;Здание:</translation>
    </message>
    <message>
        <source>default printer “%1”</source>
        <translation>принтер по умолчанию «%1»</translation>
    </message>
    <message>
        <source>printer “%1”</source>
        <translation>принтер «%1»</translation>
    </message>
    <message>
        <source>Type its asset tag, room or model to find it, or pick the make and model from the lists. The model is usually printed on the front or on a sticker.</source>
        <translation>Введите инвентарный номер, кабинет или модель, чтобы найти устройство, или выберите производителя и модель из списков. Модель обычно указана на передней панели или на наклейке.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>screen %1</source>
        <translation>экран %1</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your report has been filed</source>
        <translation>Ваша заявка зарегистрирована</translation>
    </message>
    <message>
        <source>The helpdesk has your report and will contact you.</source>
        <translation>Техподдержка получила вашу заявку и свяжется с вами.</translation>
    </message>
    <message>
        <source>Your &amp;ticket number:</source>
        <translation>&amp;Ваш номер заявки:</translation>
    </message>
    <message>
        <source>&amp;Report another problem</source>
        <translation>&amp;Сообщить о другой проблеме</translation>
    </message>
    <message>
        <source>Keep this number. Quote it whenever you contact the helpdesk about this problem; you will be contacted in the way you chose.</source>
        <translation>Сохраните этот номер и называйте его при каждом обращении в техподдержку по этой проблеме. С вами свяжутся выбранным вами способом.</translation>
    </message>
    <message>
        <source>C&amp;opy ticket number</source>
        <translation>&amp;Копировать номер</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft cannot be saved: its id “%1” is not a plain name.</source>
        <translation>Черновик нельзя сохранить: его идентификатор «%1» не является простым именем.</translation>
    </message>
    <message>
        <source>The draft cannot be saved: the folder %1 cannot be created.</source>
        <translation>Черновик нельзя сохранить: не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The draft cannot be saved to %1: %2</source>
        <translation>Черновик нельзя сохранить в %1: %2</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read: %2</source>
        <translation>Черновик %1 нельзя прочитать: %2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>it is not a draft of this program&apos;s format</source>
        <translation>это не черновик в формате этой программы</translation>
    </message>
    <message>
        <source>There is no draft “%1”.</source>
        <translation>Черновика «%1» нет.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be removed: %2</source>
        <translation>Черновик %1 нельзя удалить: %2</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Has this been reported already?</source>
        <translation>Об этом уже сообщили?</translation>
    </message>
    <message>
        <source>These open reports look like yours. If one of them is your problem, join it instead of filing it again: the helpdesk then knows how many people it stops. If none of them is, press Next.</source>
        <translation>Эти открытые заявки похожи на вашу. Если одна из них — ваша проблема, присоединитесь к ней, а не подавайте её ещё раз: так техподдержка узнает, скольким людям она мешает. Если ни одна не подходит, нажмите «Далее».</translation>
    </message>
    <message>
        <source>&amp;Open reports like yours:</source>
        <translation>&amp;Похожие открытые заявки:</translation>
    </message>
    <message>
        <source>&amp;I&apos;m affected too</source>
        <translation>&amp;Меня это тоже касается</translation>
    </message>
    <message>
        <source>Open reports like yours</source>
        <translation>Похожие открытые заявки</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Write one line that says what is wrong.</source>
        <translation>Кратко, одной строкой, опишите проблему.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n more character(s) needed, e.g. “Printer on floor 2 jams on every page”.</source>
        <translation>
            <numerusform>Слишком коротко: нужен ещё %n символ, например «Принтер на 2-м этаже зажёвывает каждый лист».</numerusform>
            <numerusform>Слишком коротко: нужно ещё %n символа, например «Принтер на 2-м этаже зажёвывает каждый лист».</numerusform>
            <numerusform>Слишком коротко: нужно ещё %n символов, например «Принтер на 2-м этаже зажёвывает каждый лист».</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your name so the helpdesk knows who to answer.</source>
        <translation>Укажите своё имя, чтобы техподдержка знала, кому отвечать.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Укажите имя и фамилию полностью.</translation>
    </message>
    <message>
        <source>This is not an email address; it should look like name@example.com.</source>
        <translation>Это не адрес эл. почты; он должен выглядеть так: name@example.com.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, brackets, dashes, a leading + and an extension (“ext. 214”).</source>
        <translation>Номер телефона может содержать только цифры, пробелы, скобки, дефисы, + в начале и добавочный номер («доб. 214»).</translation>
    </message>
    <message>
        <source>A phone number needs at least 3 digits (an internal extension).</source>
        <translation>В номере телефона должно быть не меньше 3 цифр (внутренний номер).</translation>
    </message>
    <message>
        <source>A phone number has at most 20 digits.</source>
        <translation>В номере телефона не может быть больше 20 цифр.</translation>
    </message>
    <message>
        <source>Give an email address or a phone number so the helpdesk can reach you.</source>
        <translation>Укажите адрес эл. почты или номер телефона, чтобы техподдержка могла с вами связаться.</translation>
    </message>
    <message>
        <source>Enter when the problem started.</source>
        <translation>Укажите, когда началась проблема.</translation>
    </message>
    <message>
        <source>The start time is in the future.</source>
        <translation>Время начала указано в будущем.</translation>
    </message>
    <message>
        <source>Pick the make of the device, or enter its asset tag.</source>
        <translation>Выберите производителя устройства или укажите его инвентарный номер.</translation>
    </message>
    <message>
        <source>Pick the model of the device, or enter its asset tag.</source>
        <translation>Выберите модель устройства или укажите его инвентарный номер.</translation>
    </message>
    <message>
        <source>Choose what kind of problem it is.</source>
        <translation>Выберите, в чём проблема.</translation>
    </message>
    <message>
        <source>Choose what exactly happens.</source>
        <translation>Выберите, что именно происходит.</translation>
    </message>
    <message>
        <source>Choose who is affected.</source>
        <translation>Выберите, кого затрагивает проблема.</translation>
    </message>
    <message>
        <source>Choose how urgent it is.</source>
        <translation>Выберите, насколько это срочно.</translation>
    </message>
    <message>
        <source>Choose the kind of device.</source>
        <translation>Выберите тип устройства.</translation>
    </message>
    <message>
        <source>Unknown kind of device “%1”.</source>
        <translation>Неизвестный тип устройства «%1».</translation>
    </message>
    <message>
        <source>Unknown way to be contacted “%1”.</source>
        <translation>Неизвестный способ связи «%1».</translation>
    </message>
    <message>
        <source>You prefer email but gave no email address.</source>
        <translation>Вы выбрали связь по эл. почте, но не указали её адрес.</translation>
    </message>
    <message>
        <source>You prefer the phone but gave no phone number.</source>
        <translation>Вы выбрали связь по телефону, но не указали номер.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s); put the details in the description.</source>
        <translation>
            <numerusform>Слишком длинно: не более %n символа; подробности напишите в описании.</numerusform>
            <numerusform>Слишком длинно: не более %n символов; подробности напишите в описании.</numerusform>
            <numerusform>Слишком длинно: не более %n символов; подробности напишите в описании.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) long; the limit is %1.</source>
        <translation>
            <numerusform>В описании %n символ, а можно не более %1.</numerusform>
            <numerusform>В описании %n символа, а можно не более %1.</numerusform>
            <numerusform>В описании %n символов, а можно не более %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Не более %n символа.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in the list. Pick a make from the list, or tick “Other” to type it in.</source>
        <translation>«%1» нет в списке. Выберите производителя из списка или отметьте «Другое», чтобы ввести вручную.</translation>
    </message>
    <message>
        <source>“%1” is not a model of this make in the list. Pick one from the list, or tick “Other” to type it in.</source>
        <translation>У этого производителя в списке нет модели «%1». Выберите модель из списка или отметьте «Другое», чтобы ввести вручную.</translation>
    </message>
    <message>
        <source>Remove the password, PIN or card number: the helpdesk never needs it.</source>
        <translation>Удалите пароль, PIN-код или номер карты: техподдержке они никогда не нужны.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n file(s) can be attached; remove %1.</source>
        <translation>
            <numerusform>Можно приложить не больше %n файла; уберите %1.</numerusform>
            <numerusform>Можно приложить не больше %n файлов; уберите %1.</numerusform>
            <numerusform>Можно приложить не больше %n файлов; уберите %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to attach.</source>
        <translation>«%1» пуст — прикладывать нечего.</translation>
    </message>
    <message>
        <source>“%1” is too big (%2); a file may be at most %3.</source>
        <translation>«%1» слишком большой (%2); файл может быть не больше %3.</translation>
    </message>
    <message>
        <source>A file to attach needs a name.</source>
        <translation>У прикладываемого файла должно быть имя.</translation>
    </message>
    <message numerus="yes">
        <source>The file name “%1…” is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Имя файла «%1…» слишком длинное: не больше %n символа.</numerusform>
            <numerusform>Имя файла «%1…» слишком длинное: не больше %n символов.</numerusform>
            <numerusform>Имя файла «%1…» слишком длинное: не больше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name “%1” may not contain a folder (/ or \) or control characters.</source>
        <translation>Имя файла «%1» не может содержать папку (/ или \) и управляющие символы.</translation>
    </message>
    <message>
        <source>“%1” is not a file name.</source>
        <translation>«%1» — не имя файла.</translation>
    </message>
    <message>
        <source>The type of “%1” is missing or not a MIME type.</source>
        <translation>Тип «%1» не указан или не является типом MIME.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being attached (its size or checksum no longer match); attach it again.</source>
        <translation>«%1» изменился, пока его прикладывали (размер или контрольная сумма не совпадают); приложите его заново.</translation>
    </message>
</context>
<context>
    <name>FilingLimits</name>
    <message>
        <source>Filing limits are for a shared PostgreSQL database, where each person has a login; the embedded database has no logins to limit.</source>
        <translation>Ограничения на подачу заявок — для общей базы PostgreSQL, где у каждого свой логин; во встроенной базе нет логинов, которые можно ограничить.</translation>
    </message>
    <message>
        <source>A filing limit is a number of reports an hour, 0 or more.</source>
        <translation>Ограничение на подачу — это число заявок в час, 0 или больше.</translation>
    </message>
    <message>
        <source>Everyone&apos;s filing limit can be changed but not removed.</source>
        <translation>Общее ограничение на подачу можно изменить, но не удалить.</translation>
    </message>
    <message>
        <source>The login “%1” has no filing limit of its own; everyone&apos;s applies to it.</source>
        <translation>У логина «%1» нет собственного ограничения на подачу; к нему применяется общее.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::AttachmentsPage</name>
    <message numerus="yes">
        <source>You can also drop files here or paste a picture with Ctrl+V. Up to %n file(s), %1 each.</source>
        <translation>
            <numerusform>Файлы можно также перетащить сюда, а картинку — вставить клавишами Ctrl+V. Не больше %n файла, до %1 каждый.</numerusform>
            <numerusform>Файлы можно также перетащить сюда, а картинку — вставить клавишами Ctrl+V. Не больше %n файлов, до %1 каждый.</numerusform>
            <numerusform>Файлы можно также перетащить сюда, а картинку — вставить клавишами Ctrl+V. Не больше %n файлов, до %1 каждый.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is attached already (as “%2”).</source>
        <translation>«%1» уже приложен (как «%2»).</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy one first (PrtScn, or Copy in your screenshot tool), then paste it here.</source>
        <translation>В буфере обмена нет картинки. Сначала скопируйте её (PrtScn или «Копировать» в программе для снимков экрана), затем вставьте сюда.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>attachment list: file name, then its size</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Attac&amp;hed: nothing yet</source>
        <translation>&amp;Приложено: пока ничего</translation>
    </message>
    <message>
        <source>Attac&amp;hed (%1 of %2):</source>
        <translation>&amp;Приложено (%1 из %2):</translation>
    </message>
    <message>
        <source>No screenshot could be taken: this desktop does not let programs read the screen. Take one with your desktop&apos;s screenshot tool, then press Paste image.</source>
        <translation>Снимок экрана сделать не удалось: этот рабочий стол не разрешает программам читать экран. Сделайте снимок средствами рабочего стола и нажмите «Вставить картинку».</translation>
    </message>
    <message>
        <source>The screenshot could not be saved as a picture.</source>
        <translation>Не удалось сохранить снимок экрана как картинку.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ContactPage</name>
    <message>
        <source>To continue: check the details above and tick “These details are correct”.</source>
        <translation>Чтобы продолжить, проверьте данные выше и отметьте «Данные верны».</translation>
    </message>
    <message>
        <source>On the shared database your report is filed under your database login.</source>
        <translation>В общей базе данных заявка подаётся от имени вашего пользователя базы данных.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::DashboardDialog</name>
    <message>
        <source>Counting the reports…</source>
        <translation>Подсчёт заявок…</translation>
    </message>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation>Не удаётся прочитать статистику: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n заявка с %1 по %2.</numerusform>
            <numerusform>%n заявки с %1 по %2.</numerusform>
            <numerusform>%n заявок с %1 по %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Заявки по категориям</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>No reports.</source>
        <translation>Заявок нет.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Reports per device make, top %1</source>
        <translation>Заявки по производителям устройств, первые %1</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Reports per day</source>
        <translation>Заявки по дням</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message numerus="yes">
        <source>The help was rated %1 of 5 on average (%n rating(s)).</source>
        <translation>
            <numerusform>Средняя оценка помощи — %1 из 5 (%n оценка).</numerusform>
            <numerusform>Средняя оценка помощи — %1 из 5 (%n оценки).</numerusform>
            <numerusform>Средняя оценка помощи — %1 из 5 (%n оценок).</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings of the help in these days.</source>
        <translation>За эти дни помощь никто не оценил.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resolution(s) were reopened by the reporter as not fixed (%2%).</source>
        <translation>
            <numerusform>Из %n решения авторы вернули как неисправленные %1 (%2%).</numerusform>
            <numerusform>Из %n решений авторы вернули как неисправленные %1 (%2%).</numerusform>
            <numerusform>Из %n решений авторы вернули как неисправленные %1 (%2%).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Helpdesk::DevicePage</name>
    <message>
        <source>Type to search, e.g. Brother</source>
        <translation>Начните вводить, например Brother</translation>
    </message>
    <message>
        <source>Type to search, e.g. HL-L2340D</source>
        <translation>Начните вводить, например HL-L2340D</translation>
    </message>
    <message>
        <source>pick the make</source>
        <translation>выберите производителя</translation>
    </message>
    <message>
        <source>pick the model</source>
        <translation>выберите модель</translation>
    </message>
    <message>
        <source> (or enter the asset tag)</source>
        <translation> (или укажите инвентарный номер)</translation>
    </message>
    <message>
        <source>To continue: %1.</source>
        <translation>Чтобы продолжить, %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>On this computer: %1 %2</source>
        <translation>На этом компьютере: %1 %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Nothing found. Pick the make and model below, or tick “Other” to type them in.</source>
        <translation>Ничего не найдено. Выберите производителя и модель ниже или отметьте «Другое», чтобы ввести вручную.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::DonePage</name>
    <message>
        <source>Ticket number %1</source>
        <translation>Номер заявки %1</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Номер %1 скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Your report has been filed</source>
        <translation>Ваша заявка зарегистрирована</translation>
    </message>
    <message>
        <source>The helpdesk has your report and will contact you.</source>
        <translation>Техподдержка получила вашу заявку и свяжется с вами.</translation>
    </message>
    <message>
        <source>Your &amp;ticket number:</source>
        <translation>&amp;Ваш номер заявки:</translation>
    </message>
    <message>
        <source>You were added to an existing report</source>
        <translation>Вы добавлены к существующей заявке</translation>
    </message>
    <message>
        <source>The helpdesk already works on this problem and now knows it affects you too; you will hear back when it is fixed. No new report was filed.</source>
        <translation>Техподдержка уже занимается этой проблемой и теперь знает, что она касается и вас; вам сообщат, когда её устранят. Новая заявка не создана.</translation>
    </message>
    <message>
        <source>The &amp;ticket number:</source>
        <translation>Н&amp;омер заявки:</translation>
    </message>
    <message>
        <source>You have already reported this</source>
        <translation>Вы уже сообщали об этом</translation>
    </message>
    <message>
        <source>Your earlier report is still open, so no new one was filed. Keep its number for any questions.</source>
        <translation>Ваша прежняя заявка ещё открыта, поэтому новая не создана. Сохраните её номер для вопросов.</translation>
    </message>
    <message>
        <source>You were added to a known problem</source>
        <translation>Вы добавлены к известной проблеме</translation>
    </message>
    <message>
        <source>The helpdesk is already working on it and now knows it affects you too; you will hear back when it is fixed. No new report was filed.</source>
        <translation>Техподдержка уже работает над ней и теперь знает, что она касается и вас; вам сообщат, когда её устранят. Новая заявка не создана.</translation>
    </message>
    <message>
        <source>The &amp;incident number:</source>
        <translation>Н&amp;омер инцидента:</translation>
    </message>
    <message>
        <source>C&amp;opy incident number</source>
        <translation>&amp;Копировать номер</translation>
    </message>
    <message>
        <source>C&amp;opy ticket number</source>
        <translation>&amp;Копировать номер</translation>
    </message>
    <message>
        <source>Incident number %1</source>
        <translation>Номер инцидента %1</translation>
    </message>
    <message>
        <source>Saved on this computer — it will be sent automatically</source>
        <translation>Сохранено на этом компьютере — будет отправлено автоматически</translation>
    </message>
    <message>
        <source>The helpdesk database cannot be reached right now. Your report is safe on this computer and is sent as soon as the database is back; the ticket number then appears here. If you close the program, it is sent the next time you open it.</source>
        <translation>База данных службы поддержки сейчас недоступна. Ваше обращение сохранено на этом компьютере и будет отправлено, как только база данных станет доступна; тогда здесь появится номер заявки. Если вы закроете программу, обращение будет отправлено при следующем запуске.</translation>
    </message>
    <message>
        <source>Your &amp;local reference:</source>
        <translation>&amp;Ваш локальный номер:</translation>
    </message>
    <message>
        <source>C&amp;opy local reference</source>
        <translation>&amp;Копировать локальный номер</translation>
    </message>
    <message>
        <source>Local reference %1</source>
        <translation>Локальный номер %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::DuplicatesPage</name>
    <message>
        <source>Your own report</source>
        <translation>Ваша заявка</translation>
    </message>
    <message>
        <source>Same device</source>
        <translation>То же устройство</translation>
    </message>
    <message>
        <source>Similar problem</source>
        <translation>Похожая проблема</translation>
    </message>
    <message>
        <source>This is &amp;my report</source>
        <translation>Это &amp;моя заявка</translation>
    </message>
    <message>
        <source>&amp;I&apos;m affected too</source>
        <translation>&amp;Меня это тоже касается</translation>
    </message>
    <message>
        <source>%1 · %2 · filed %3</source>
        <translation>%1 · %2 · подана %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more person(s) affected</source>
        <translation>
            <numerusform>затрагивает ещё %n человека</numerusform>
            <numerusform>затрагивает ещё %n человек</numerusform>
            <numerusform>затрагивает ещё %n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Helpdesk::IncidentsPanel</name>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <source>%1  %2
%3 · affected: %4</source>
        <translation>%1  %2
%3 · затронуто: %4</translation>
    </message>
    <message>
        <source>Posted by %1 on %2
%3</source>
        <translation>Опубликовал(а) %1, %2
%3</translation>
    </message>
    <message>
        <source>No incidents are going on.</source>
        <translation>Текущих инцидентов нет.</translation>
    </message>
    <message>
        <source>Posted %1; employees see it before they report.</source>
        <translation>%1 опубликован; сотрудники увидят его, прежде чем подать заявку.</translation>
    </message>
    <message>
        <source>%1 is resolved; employees no longer see it.</source>
        <translation>%1 исправлен; сотрудники его больше не видят.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::IntakeWizard</name>
    <message>
        <source>Report a problem to the helpdesk</source>
        <translation>Сообщить о проблеме в техподдержку</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Helpdesk database unavailable</source>
        <translation>База данных техподдержки недоступна</translation>
    </message>
    <message>
        <source>The helpdesk database cannot be used right now:
%1

You can still describe the problem; Submit will try again.</source>
        <translation>Сейчас база данных техподдержки недоступна:
%1

Вы всё равно можете описать проблему: при нажатии «Отправить» будет новая попытка.</translation>
    </message>
    <message>
        <source>Discard this report?</source>
        <translation>Отказаться от заявки?</translation>
    </message>
    <message>
        <source>You have started a report that has not been sent. If you close now, what you typed is lost.</source>
        <translation>Вы начали заполнять заявку, но ещё не отправили её. Если закрыть окно сейчас, введённые данные будут потеряны.</translation>
    </message>
    <message>
        <source>&amp;Discard report</source>
        <translation>&amp;Отказаться от заявки</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить заполнение</translation>
    </message>
    <message>
        <source>M&amp;y reports…</source>
        <translation>Мои за&amp;явки…</translation>
    </message>
    <message>
        <source>Your tickets, their status and the helpdesk&apos;s replies</source>
        <translation>Ваши заявки, их состояние и ответы техподдержки</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Мои заявки</translation>
    </message>
    <message>
        <source>Your reports cannot be shown: %1</source>
        <translation>Не удалось показать ваши заявки: %1</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(краткого описания пока нет)</translation>
    </message>
    <message>
        <source>Continue the unsent report?</source>
        <translation>Продолжить неотправленное обращение?</translation>
    </message>
    <message>
        <source>A report you started on %1 was not sent:

“%2”

Restore it to continue where you left off, or discard it.</source>
        <translation>Обращение, которое вы начали %1, не было отправлено:

«%2»

Восстановите его, чтобы продолжить с того же места, или удалите.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Выбросить</translation>
    </message>
    <message>
        <source>Saved reports on this computer</source>
        <translation>Обращения, сохранённые на этом компьютере</translation>
    </message>
    <message>
        <source>Something kept on this computer could not be used. Nothing was deleted; please tell the helpdesk:

%1</source>
        <translation>Не удалось использовать то, что хранится на этом компьютере. Ничего не удалено; пожалуйста, сообщите в техподдержку:

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting on this computer cannot be sent:
%1

They stay here and are tried again later; please tell the helpdesk.</source>
        <translation>
            <numerusform>%n обращение, ожидающее на этом компьютере, не удаётся отправить:
%1

Оно остаётся здесь, попытки продолжатся позже; пожалуйста, сообщите в техподдержку.</numerusform>
            <numerusform>%n обращения, ожидающих на этом компьютере, не удаётся отправить:
%1

Они остаются здесь, попытки продолжатся позже; пожалуйста, сообщите в техподдержку.</numerusform>
            <numerusform>%n обращений, ожидающих на этом компьютере, не удаётся отправить:
%1

Они остаются здесь, попытки продолжатся позже; пожалуйста, сообщите в техподдержку.</numerusform>
        </translation>
    </message>
    <message>
        <source>The helpdesk database cannot be reached right now, so only the reports waiting on this computer are shown: %1</source>
        <translation>База данных техподдержки сейчас недоступна, поэтому показаны только обращения, ожидающие отправки на этом компьютере: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::MyReportsDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>You have not filed any reports yet.</source>
        <translation>Вы ещё не подавали заявок.</translation>
    </message>
    <message>
        <source>%1 — %2
Status: %3</source>
        <translation>%1 — %2
Статус: %3</translation>
    </message>
    <message>
        <source>No reply from the helpdesk yet.</source>
        <translation>Техподдержка ещё не ответила.</translation>
    </message>
    <message>
        <source>%1 wrote on %2:</source>
        <translation>%1 пишет (%2):</translation>
    </message>
    <message>
        <source>Type the number of one of your tickets, e.g. HD-000042 or 42.</source>
        <translation>Введите номер одной из ваших заявок, например HD-000042 или 42.</translation>
    </message>
    <message>
        <source>“%1” is not a ticket number. Type it as HD-000042 or 42.</source>
        <translation>«%1» — не номер заявки. Введите его в виде HD-000042 или 42.</translation>
    </message>
    <message>
        <source>You have no ticket %1. Check the number in the e-mail or on the screen you got when you sent the report.</source>
        <translation>У вас нет заявки %1. Проверьте номер в письме или на экране, который вы видели после отправки заявки.</translation>
    </message>
    <message>
        <source>Waiting on this computer</source>
        <translation>Ожидает на этом компьютере</translation>
    </message>
    <message>
        <source>%1 — %2
Saved on this computer: it is sent automatically as soon as the helpdesk database can be reached, and then gets its ticket number.</source>
        <translation>%1 — %2
Сохранено на этом компьютере: обращение будет отправлено автоматически, как только база данных техподдержки станет доступна, и тогда получит номер заявки.</translation>
    </message>
    <message>
        <source>You wrote on %1:</source>
        <translation>Вы написали (%1):</translation>
    </message>
    <message>
        <source>You said it is fixed on %1.</source>
        <translation>Вы подтвердили, что всё исправлено (%1).</translation>
    </message>
    <message>
        <source>You said it is not fixed on %1:</source>
        <translation>Вы сообщили, что не исправлено (%1):</translation>
    </message>
    <message>
        <source>If it is not fixed: what is still wrong?</source>
        <translation>Если не исправлено: что всё ещё не так?</translation>
    </message>
    <message>
        <source>This report is closed. If the problem is back, report it again.</source>
        <translation>Заявка закрыта. Если проблема вернулась, сообщите о ней снова.</translation>
    </message>
    <message>
        <source>The helpdesk is waiting for your answer.</source>
        <translation>Техподдержка ждёт вашего ответа.</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>5 — very good</source>
        <translation>5 — отлично</translation>
    </message>
    <message>
        <source>4 — good</source>
        <translation>4 — хорошо</translation>
    </message>
    <message>
        <source>3 — all right</source>
        <translation>3 — нормально</translation>
    </message>
    <message>
        <source>2 — poor</source>
        <translation>2 — плохо</translation>
    </message>
    <message>
        <source>1 — very poor</source>
        <translation>1 — очень плохо</translation>
    </message>
    <message>
        <source>You said it is fixed on %1 and rated the help %2 of 5.</source>
        <translation>Вы подтвердили, что всё исправлено (%1), и оценили помощь на %2 из 5.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::PasswordDialog</name>
    <message>
        <source>The helpdesk database on %1 asks for the password of your database login “%2”.</source>
        <translation>База данных техподдержки на %1 запрашивает пароль вашего пользователя базы данных «%2».</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The server did not accept that password. Try again, or ask IT to reset it.</source>
        <translation>Сервер не принял этот пароль. Попробуйте ещё раз или попросите ИТ сбросить его.</translation>
    </message>
    <message>
        <source>It will be kept in your desktop&apos;s keyring, so you are asked only once.</source>
        <translation>Пароль будет сохранён в связке ключей рабочего стола, поэтому его спросят только один раз.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep it in, so you will be asked again next time.</source>
        <translation>На этом компьютере нет связки ключей для пароля, поэтому в следующий раз его спросят снова.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep it in (%1), so you will be asked again next time.</source>
        <translation>На этом компьютере нет связки ключей для пароля (%1), поэтому в следующий раз его спросят снова.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::PasswordStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>связка ключей не ответила</translation>
    </message>
    <message>
        <source>no keyring service is running</source>
        <translation>служба связки ключей не запущена</translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation>связка ключей отказала в доступе</translation>
    </message>
    <message>
        <source>the keyring service cannot be reached</source>
        <translation>служба связки ключей недоступна</translation>
    </message>
</context>
<context>
    <name>Helpdesk::PostIncidentDialog</name>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>What is wrong, what to do meanwhile, when it should be fixed</source>
        <translation>Что случилось, что делать пока, когда исправят</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ProblemPage</name>
    <message>
        <source>Choose how urgent it is…</source>
        <translation>Выберите срочность…</translation>
    </message>
    <message>
        <source>Choose what happens…</source>
        <translation>Выберите, что происходит…</translation>
    </message>
    <message>
        <source>Choose a category first</source>
        <translation>Сначала выберите категорию</translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation>выберите категорию</translation>
    </message>
    <message>
        <source>choose what happens</source>
        <translation>выберите, что происходит</translation>
    </message>
    <message>
        <source>shorten the description</source>
        <translation>сократите описание</translation>
    </message>
    <message>
        <source>choose how urgent it is</source>
        <translation>выберите срочность</translation>
    </message>
    <message>
        <source>correct when it started</source>
        <translation>исправьте время начала</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>set from who is affected and how urgent it is</source>
        <translation>зависит от того, кого затрагивает и насколько срочно</translation>
    </message>
    <message>
        <source>To continue: %1.</source>
        <translation>Чтобы продолжить, %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>write a summary of at least %n character(s)</source>
        <translation>
            <numerusform>напишите кратко суть проблемы, не короче %n символа</numerusform>
            <numerusform>напишите кратко суть проблемы, не короче %n символов</numerusform>
            <numerusform>напишите кратко суть проблемы, не короче %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n character(s)</source>
        <translation>
            <numerusform>%1 из %n символа</numerusform>
            <numerusform>%1 из %n символов</numerusform>
            <numerusform>%1 из %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>remove the password, PIN or card number</source>
        <translation>удалите пароль, PIN-код или номер карты</translation>
    </message>
    <message>
        <source>This does not yet say what exactly is wrong, so the helpdesk would have to call you back to ask. Please add:
• %1</source>
        <translation>Пока непонятно, что именно не так, и техподдержке придётся перезванивать вам с вопросами. Пожалуйста, добавьте:
• %1</translation>
    </message>
    <message>
        <source>The text seems to contain: %1. The helpdesk never needs your password or PIN; remove it before sending.</source>
        <translation>Похоже, в тексте есть: %1. Техподдержке никогда не нужны ваш пароль или PIN-код; удалите это перед отправкой.</translation>
    </message>
    <message>
        <source>This reads like separate problems: %1. One report per problem reaches the right person sooner — describe one here, then use “Report another problem” after sending for the next.</source>
        <translation>Похоже, здесь несколько разных проблем: %1. Заявка на каждую проблему быстрее попадёт к нужному специалисту — опишите здесь одну, а после отправки нажмите «Сообщить о другой проблеме» для следующей.</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, с %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) affected</source>
        <translation>
            <numerusform>затронут %n человек</numerusform>
            <numerusform>затронуты %n человека</numerusform>
            <numerusform>затронуто %n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Helpdesk::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age of a report in minutes</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age of a report in hours</comment>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age of a report in days</comment>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>%1, answered</source>
        <comment>status of a report the reporter answered</comment>
        <translation>%1, есть ответ</translation>
    </message>
    <message>
        <source>The reporter answered; nobody has acted on it since</source>
        <translation>Автор заявки ответил; с тех пор никто ею не занимался</translation>
    </message>
    <message>
        <source>The reporter answered; nobody has acted on it since. Assigned to %1</source>
        <translation>Автор заявки ответил; с тех пор никто ею не занимался. Исполнитель: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::QueueWatcher</name>
    <message>
        <source>Cannot watch the queue for new reports: %1</source>
        <translation>Не удаётся следить за новыми заявками в очереди: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ReportNotifier</name>
    <message>
        <source>This database cannot announce new reports; only a PostgreSQL database can.</source>
        <translation>Эта база данных не умеет сообщать о новых заявках; это умеет только база данных PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot listen for new reports: %1</source>
        <translation>Не удаётся подписаться на уведомления о новых заявках: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ReportView</name>
    <message>
        <source>Copied “%1”.</source>
        <translation>Скопировано: «%1».</translation>
    </message>
    <message>
        <source>Select a report in the queue.</source>
        <translation>Выберите заявку в очереди.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Симптом</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Началось</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Flagged as vague</source>
        <translation>Помечена как неконкретная</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <source>In the inventory</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Inventory location</source>
        <translation>Место по учёту</translation>
    </message>
    <message>
        <source>Inventory notes</source>
        <translation>Примечания по учёту</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Здание</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Предпочтительная связь</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <source>⚠ Vague report: triage found no specifics and the reporter sent it anyway. Ask what they were doing, what they expected, what happened instead and the exact error text.</source>
        <translation>⚠ Расплывчатая заявка: проверка не нашла подробностей, но заявитель всё равно её отправил. Спросите, что он делал, чего ожидал, что произошло на самом деле и точный текст ошибки.</translation>
    </message>
    <message>
        <source>People also affected: %1</source>
        <translation>Также затронуто людей: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>%1
Type: %2
Size: %3
SHA-256: %4</source>
        <translation>%1
Тип: %2
Размер: %3
SHA-256: %4</translation>
    </message>
    <message>
        <source>“%1” is damaged: its bytes do not match the checksum stored with it, so it is neither opened nor saved.</source>
        <translation>«%1» повреждён: его содержимое не совпадает с сохранённой контрольной суммой, поэтому он не будет ни открыт, ни сохранён.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to open “%1” from: %2</source>
        <translation>Не удалось создать временную папку, чтобы открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1” to open it: %2</source>
        <translation>Не удалось записать «%1», чтобы открыть его: %2</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>не удалось создать папку</translation>
    </message>
    <message>
        <source>No application could open “%1”. Save it and open it yourself.</source>
        <translation>Ни одна программа не смогла открыть «%1». Сохраните файл и откройте его сами.</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>Открыт «%1».</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Не удалось сохранить «%1»: %2</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>Сохранено: «%1» (%2).</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>Отметить как дубликат</translation>
    </message>
    <message>
        <source>%1 repeats an earlier report. &amp;Original ticket (e.g. HD-000042):</source>
        <translation>%1 повторяет более раннюю заявку. &amp;Исходная заявка (например, HD-000042):</translation>
    </message>
    <message>
        <source>“%1” is not a ticket number; type it as HD-000042 or 42.</source>
        <translation>«%1» — не номер заявки; введите его в виде HD-000042 или 42.</translation>
    </message>
    <message>
        <source>%1 is closed as a duplicate of %2; its reporter is affected by %2 now.</source>
        <translation>%1 закрыта как дубликат %2; её заявитель теперь затронут заявкой %2.</translation>
    </message>
    <message>
        <source>Assign the report</source>
        <translation>Назначить заявку</translation>
    </message>
    <message>
        <source>Give %1 to the agent with the &amp;login:</source>
        <translation>Передать %1 специалисту с &amp;логином:</translation>
    </message>
    <message>
        <source>Too large to preview (%1 × %2 pixels)</source>
        <comment>attachment list: an image&apos;s width and height</comment>
        <translation>Слишком большое для предпросмотра (%1 × %2 пикселей)</translation>
    </message>
    <message>
        <source>No preview: the image cannot be read</source>
        <translation>Предпросмотр недоступен: изображение не удаётся прочитать</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ReviewPage</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>Что происходит:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Кратко:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Началось:</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Кого затрагивает:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Срочность:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Производитель:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>%1 (typed in)</source>
        <translation>%1 (введено вручную)</translation>
    </message>
    <message>
        <source>Asset tag:</source>
        <translation>Инвентарный номер:</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>Здание:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Кабинет:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Отдел:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Рабочее место:</translation>
    </message>
    <message>
        <source>Preferred way to reach you:</source>
        <translation>Удобный способ связи:</translation>
    </message>
    <message>
        <source>The report was not sent: %1
Nothing you typed is lost; press Submit to try again.</source>
        <translation>Заявка не отправлена: %1
Введённые данные сохранены; нажмите «Отправить», чтобы повторить попытку.</translation>
    </message>
    <message>
        <source>Response time:</source>
        <translation>Время реакции:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>review: attachment name and size</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ReviewWindow</name>
    <message>
        <source>Helpdesk queue — %1</source>
        <translation>Очередь заявок — %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>Заявки %1 нет.</translation>
    </message>
    <message>
        <source>No reports match.</source>
        <translation>Подходящих заявок нет.</translation>
    </message>
    <message>
        <source>Known incidents</source>
        <translation>Известные инциденты</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Выгрузка очереди</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exporting the queue…</source>
        <translation>Выгрузка очереди…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>Exporting the queue: %L1 reports so far…</source>
        <translation>Выгрузка очереди: выгружено заявок: %L1…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) exported to %1.</source>
        <translation>
            <numerusform>%n заявка выгружена в %1.</numerusform>
            <numerusform>%n заявки выгружены в %1.</numerusform>
            <numerusform>%n заявок выгружено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New reports</source>
        <translation>Новые заявки</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) in the queue.</source>
        <translation>
            <numerusform>%n новая заявка в очереди.</numerusform>
            <numerusform>%n новые заявки в очереди.</numerusform>
            <numerusform>%n новых заявок в очереди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new)</source>
        <comment>window title: the queue and its unseen new reports</comment>
        <translation>
            <numerusform>%1 (%n новая)</numerusform>
            <numerusform>%1 (%n новые)</numerusform>
            <numerusform>%1 (%n новых)</numerusform>
        </translation>
    </message>
    <message>
        <source>Helpdesk queue: no new reports</source>
        <translation>Очередь заявок: новых нет</translation>
    </message>
    <message numerus="yes">
        <source>Helpdesk queue: %n new report(s)</source>
        <translation>
            <numerusform>Очередь заявок: %n новая заявка</numerusform>
            <numerusform>Очередь заявок: %n новые заявки</numerusform>
            <numerusform>Очередь заявок: %n новых заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered by the reporter</source>
        <translation>С ответом автора</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ScreenshotEditor</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::SignInDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::Submitter</name>
    <message>
        <source>The report waits on this computer: %1</source>
        <translation>Обращение ожидает отправки на этом компьютере: %1</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>An incident needs a title that says what is down.</source>
        <translation>У инцидента должен быть заголовок: что именно не работает.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 fit.</source>
        <translation>В заголовке %1 символов; помещается не больше %2.</translation>
    </message>
    <message>
        <source>Unknown category “%1”; use one of: %2.</source>
        <translation>Неизвестная категория «%1»; используйте одну из: %2.</translation>
    </message>
    <message>
        <source>Cannot post the incident: %1</source>
        <translation>Не удалось объявить инцидент: %1</translation>
    </message>
    <message>
        <source>Cannot resolve the incident: %1</source>
        <translation>Не удалось завершить инцидент: %1</translation>
    </message>
    <message>
        <source>There is no active incident %1.</source>
        <translation>Действующего инцидента %1 нет.</translation>
    </message>
    <message>
        <source>Cannot read the known incidents: %1</source>
        <translation>Не удалось прочитать известные инциденты: %1</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Инцидента %1 нет.</translation>
    </message>
    <message>
        <source>Cannot read the incident: %1</source>
        <translation>Не удалось прочитать инцидент: %1</translation>
    </message>
    <message>
        <source>Cannot add you to incident %1: %2</source>
        <translation>Не удалось добавить вас к инциденту %1: %2</translation>
    </message>
    <message>
        <source>Cannot read who is affected by %1: %2</source>
        <translation>Не удалось прочитать, кого затрагивает %1: %2</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>On&amp;going incidents:</source>
        <translation>Теку&amp;щие инциденты:</translation>
    </message>
    <message>
        <source>Post ne&amp;w incident…</source>
        <translation>Сообщить об и&amp;нциденте…</translation>
    </message>
    <message>
        <source>Tell employees about a known problem before they report it again</source>
        <translation>Сообщить сотрудникам об известной проблеме, пока они не сообщили о ней снова</translation>
    </message>
    <message>
        <source>Resolve as &amp;fixed</source>
        <translation>Отметить как исправ&amp;ленный</translation>
    </message>
    <message>
        <source>Resolve the selected incident</source>
        <translation>Отметить выбранный инцидент как исправленный</translation>
    </message>
    <message>
        <source>Ongoing incidents</source>
        <translation>Текущие инциденты</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Не удаётся прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Не удаётся прочитать версию схемы: %1</translation>
    </message>
    <message>
        <source>This program has no database migrations for %1 databases.</source>
        <translation>В этой программе нет миграций для баз данных %1.</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. It was updated by a newer Helpdesk Intake; install that version here too.</source>
        <translation>Версия схемы базы данных — %1, а эта программа знает версии только до %2. База обновлена более новой версией Helpdesk Intake; установите эту версию и здесь.</translation>
    </message>
    <message>
        <source>Cannot read migration %1: %2</source>
        <translation>Не удаётся прочитать миграцию %1: %2</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed at %3: %4</source>
        <translation>Не удалось обновить базу данных до версии %1 (%2), ошибка при выполнении %3: %4</translation>
    </message>
    <message>
        <source>The database %1 has no helpdesk schema yet, and the login %2 may not create it. Ask IT to run “helpdesk-admin init” on it first.</source>
        <translation>В базе данных %1 ещё нет схемы техподдержки, а пользователь %2 не может её создать. Попросите ИТ-отдел сначала выполнить для неё «helpdesk-admin init».</translation>
    </message>
</context>
<context>
    <name>MyReportsDialog</name>
    <message>
        <source>My reports</source>
        <translation>Мои заявки</translation>
    </message>
    <message>
        <source>&amp;Find ticket:</source>
        <translation>&amp;Найти заявку:</translation>
    </message>
    <message>
        <source>HD-000042 or 42</source>
        <translation>HD-000042 или 42</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Your reports, newest first:</source>
        <translation>&amp;Ваши заявки, новые сначала:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Your reports, newest first</source>
        <translation>Ваши заявки, новые сначала</translation>
    </message>
    <message>
        <source>Con&amp;versation with the helpdesk:</source>
        <translation>Пе&amp;реписка с техподдержкой:</translation>
    </message>
    <message>
        <source>Conversation with the helpdesk</source>
        <translation>Переписка с техподдержкой</translation>
    </message>
    <message>
        <source>&amp;Write to the helpdesk:</source>
        <translation>Написать в &amp;техподдержку:</translation>
    </message>
    <message>
        <source>Write to the helpdesk</source>
        <translation>Написать в техподдержку</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>&amp;Отправить ответ</translation>
    </message>
    <message>
        <source>It is fi&amp;xed</source>
        <translation>&amp;Исправлено</translation>
    </message>
    <message>
        <source>The problem is solved: the report is closed</source>
        <translation>Проблема решена: заявка закрывается</translation>
    </message>
    <message>
        <source>It is &amp;not fixed</source>
        <translation>Не испр&amp;авлено</translation>
    </message>
    <message>
        <source>Write what is still wrong above: the report goes back to the helpdesk</source>
        <translation>Напишите выше, что всё ещё не так: заявка вернётся в техподдержку</translation>
    </message>
    <message>
        <source>&amp;Rating of the help:</source>
        <translation>О&amp;ценка помощи:</translation>
    </message>
    <message>
        <source>Rating of the help</source>
        <translation>Оценка помощи</translation>
    </message>
    <message>
        <source>Optional, with “It is fixed”</source>
        <translation>Необязательно, вместе с «Исправлено»</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The report cannot be kept on this computer: its id “%1” is not a plain name.</source>
        <translation>Обращение нельзя сохранить на этом компьютере: его идентификатор «%1» не является простым именем.</translation>
    </message>
    <message>
        <source>The report cannot be kept on this computer: the folder %1 cannot be created.</source>
        <translation>Обращение нельзя сохранить на этом компьютере: не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The report cannot be kept on this computer (%1): %2</source>
        <translation>Обращение нельзя сохранить на этом компьютере (%1): %2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>it is not an outbox entry of this program&apos;s format</source>
        <translation>это не запись исходящих в формате этой программы</translation>
    </message>
    <message>
        <source>A report waiting on this computer is damaged and was moved to %1: %2</source>
        <translation>Обращение, ожидающее отправки на этом компьютере, повреждено и перемещено в %1: %2</translation>
    </message>
    <message>
        <source>The delivered report %1 cannot be removed from this computer: %2</source>
        <translation>Доставленное обращение %1 нельзя удалить с этого компьютера: %2</translation>
    </message>
    <message>
        <source>The report %1 waiting on this computer was refused and moved to %2: %3</source>
        <translation>Обращение %1, ожидавшее отправки на этом компьютере, отклонено и перемещено в %2: %3</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Sign in to the helpdesk database</source>
        <translation>Вход в базу данных техподдержки</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>PostIncidentDialog</name>
    <message>
        <source>Post a known incident</source>
        <translation>Сообщить об известном инциденте</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Device &amp;make (optional):</source>
        <translation>&amp;Производитель устройства (если нужно):</translation>
    </message>
    <message>
        <source>M&amp;odel (optional):</source>
        <translation>Мо&amp;дель (если нужно):</translation>
    </message>
    <message>
        <source>&amp;Asset tag (optional):</source>
        <translation>&amp;Инвентарный номер (если нужно):</translation>
    </message>
    <message>
        <source>&amp;Location (optional; empty means everyone):</source>
        <translation>&amp;Место (если пусто — для всех):</translation>
    </message>
    <message>
        <source>Messa&amp;ge to employees:</source>
        <translation>&amp;Сообщение сотрудникам:</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Cannot read the priority matrix: %1</source>
        <translation>Не удалось прочитать матрицу приоритетов: %1</translation>
    </message>
    <message>
        <source>The priority matrix in the database has no priority for impact “%1” and urgency “%2”; ask IT to set one with helpdesk-admin priority set.</source>
        <translation>В матрице приоритетов в базе нет приоритета для влияния «%1» и срочности «%2»; попросите ИТ задать его командой helpdesk-admin priority set.</translation>
    </message>
    <message>
        <source>Cannot save the priority matrix: %1</source>
        <translation>Не удалось сохранить матрицу приоритетов: %1</translation>
    </message>
    <message>
        <source>Unknown impact “%1”; use one of: %2.</source>
        <translation>Неизвестное влияние «%1»; используйте одно из: %2.</translation>
    </message>
    <message>
        <source>Unknown urgency “%1”; use one of: %2.</source>
        <translation>Неизвестная срочность «%1»; используйте одну из: %2.</translation>
    </message>
    <message>
        <source>A priority is a number from %1 to %2.</source>
        <translation>Приоритет — число от %1 до %2.</translation>
    </message>
    <message>
        <source>A response time is a positive number of minutes.</source>
        <translation>Время реакции — положительное число минут.</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>в течение %n дня</numerusform>
            <numerusform>в течение %n дней</numerusform>
            <numerusform>в течение %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>в течение %n часа</numerusform>
            <numerusform>в течение %n часов</numerusform>
            <numerusform>в течение %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n minute(s)</source>
        <translation>
            <numerusform>в течение %n минуты</numerusform>
            <numerusform>в течение %n минут</numerusform>
            <numerusform>в течение %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>The helpdesk answers %1 (priority %2).</source>
        <comment>%1 is e.g. &apos;within 4 hours&apos;</comment>
        <translation>Техподдержка ответит %1 (приоритет %2).</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>What broke?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <source>Say what kind of problem it is and what exactly happens. The more precise, the faster it is fixed.</source>
        <translation>Укажите, в чём проблема и что именно происходит. Чем точнее описание, тем быстрее её решат.</translation>
    </message>
    <message>
        <source>&amp;What kind of problem is it?</source>
        <translation>&amp;В чём проблема?</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a category</source>
        <translation>Выберите категорию клавишами со стрелками</translation>
    </message>
    <message>
        <source>What &amp;happens?</source>
        <translation>Что &amp;происходит?</translation>
    </message>
    <message>
        <source>&amp;Summary (one line):</source>
        <translation>К&amp;ратко (одной строкой):</translation>
    </message>
    <message>
        <source>e.g. “Printer on floor 2 jams on every page”</source>
        <translation>например, «Принтер на 2-м этаже зажёвывает каждый лист»</translation>
    </message>
    <message>
        <source>&amp;Description (optional):</source>
        <translation>&amp;Описание (по желанию):</translation>
    </message>
    <message>
        <source>What were you doing, what did you expect, what happened instead? Copy the exact error text.</source>
        <translation>Что вы делали, чего ожидали и что произошло вместо этого? Скопируйте точный текст ошибки.</translation>
    </message>
    <message>
        <source>When did it s&amp;tart?</source>
        <translation>&amp;Когда это началось?</translation>
    </message>
    <message>
        <source>Who is a&amp;ffected?</source>
        <translation>Кого это &amp;затрагивает?</translation>
    </message>
    <message>
        <source>How &amp;urgent is it?</source>
        <translation>Насколько это &amp;срочно?</translation>
    </message>
    <message>
        <source>Re&amp;move them</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>I cannot be more &amp;precise; send it as it is</source>
        <translation>Точнее описать не могу; отправить как &amp;есть</translation>
    </message>
    <message>
        <source>Response time:</source>
        <translation>Время реакции:</translation>
    </message>
    <message>
        <source>Known problems right now</source>
        <translation>Известные проблемы сейчас</translation>
    </message>
    <message>
        <source>Th&amp;is is my problem too</source>
        <translation>Это и &amp;моя проблема</translation>
    </message>
    <message>
        <source>The helpdesk is already working on these; if yours is one of them, you need not describe it again. &amp;Known problems:</source>
        <translation>Техподдержка уже работает над ними; если ваша проблема среди них, описывать её заново не нужно. &amp;Известные проблемы:</translation>
    </message>
    <message>
        <source>Known problems</source>
        <translation>Известные проблемы</translation>
    </message>
    <message>
        <source>What kind of problem is it?</source>
        <translation>В чём проблема?</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>true or false</source>
        <comment>JSON type; completes “must be text, not …”</comment>
        <translation>значением true или false</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON type; completes “must be text, not …”</comment>
        <translation>числом</translation>
    </message>
    <message>
        <source>text</source>
        <comment>JSON type; completes “must be an object, not …”</comment>
        <translation>текстом</translation>
    </message>
    <message>
        <source>a list […]</source>
        <comment>JSON type; completes “must be text, not …”</comment>
        <translation>списком […]</translation>
    </message>
    <message>
        <source>an object {…}</source>
        <comment>JSON type; completes “must be text, not …”</comment>
        <translation>объектом {…}</translation>
    </message>
    <message>
        <source>Unknown key “%1”; did you mean “%2”?</source>
        <translation>Неизвестный ключ «%1»; может быть, имелся в виду «%2»?</translation>
    </message>
    <message>
        <source>Unknown key “%1”; the keys here are: %2.</source>
        <translation>Неизвестный ключ «%1»; здесь допустимы ключи: %2.</translation>
    </message>
    <message>
        <source>“%1” must be text, not %2.</source>
        <translation>Значение «%1» должно быть текстом, а не %2.</translation>
    </message>
    <message>
        <source>“%1” must be true or false, not %2.</source>
        <translation>Значение «%1» должно быть true или false, а не %2.</translation>
    </message>
    <message>
        <source>“%1” must be an object {…}, not %2.</source>
        <translation>Значение «%1» должно быть объектом {…}, а не %2.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>Ошибка в JSON в строке %1, столбце %2: %3.</translation>
    </message>
    <message>
        <source>A report must be one JSON object {…}, not %1.</source>
        <translation>Заявка должна быть одним объектом JSON {…}, а не %1.</translation>
    </message>
    <message>
        <source>“started_at” is not a date and time in ISO 8601 form, e.g. 2026-11-25T09:30:00+03:00.</source>
        <translation>Значение «started_at» — не дата и время в формате ISO 8601, например 2026-11-25T09:30:00+03:00.</translation>
    </message>
    <message>
        <source>“device.location” is stored as the building; give it or “device.building”, not both.</source>
        <translation>«device.location» сохраняется как здание; укажите либо его, либо «device.building», но не оба сразу.</translation>
    </message>
    <message>
        <source>“%1” must be a list […], not %2.</source>
        <translation>Значение «%1» должно быть списком […], а не %2.</translation>
    </message>
    <message>
        <source>“%1” must be an object {…} with file_name and data, not %2.</source>
        <translation>Значение «%1» должно быть объектом {…} с file_name и data, а не %2.</translation>
    </message>
    <message>
        <source>“%1file_name” is missing: every attachment needs its file name.</source>
        <translation>Нет «%1file_name»: у каждого вложения должно быть имя файла.</translation>
    </message>
    <message>
        <source>“%1data” is missing: the file&apos;s bytes as base64 text.</source>
        <translation>Нет «%1data»: содержимого файла в виде текста base64.</translation>
    </message>
    <message>
        <source>“%1data” is not base64 text (A–Z, a–z, 0–9, +, / and = padding).</source>
        <translation>«%1data» — не текст base64 (A–Z, a–z, 0–9, +, / и = в конце).</translation>
    </message>
    <message>
        <source>The saved report has no client id.</source>
        <translation>В сохранённом обращении нет идентификатора клиента.</translation>
    </message>
    <message>
        <source>The saved report lacks its device, contact or attachments part.</source>
        <translation>В сохранённом обращении нет части об устройстве, контактах или вложениях.</translation>
    </message>
    <message>
        <source>Attachment %1 of the saved report is damaged.</source>
        <translation>Вложение %1 сохранённого обращения повреждено.</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>The report is incomplete: %1</source>
        <translation>Заявка заполнена не полностью: %1</translation>
    </message>
    <message>
        <source>Cannot read report %1: %2</source>
        <translation>Не удаётся прочитать заявку %1: %2</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>Заявка %1 не найдена.</translation>
    </message>
    <message>
        <source>Cannot list reports: %1</source>
        <translation>Не удаётся получить список заявок: %1</translation>
    </message>
    <message>
        <source>Cannot count reports: %1</source>
        <translation>Не удаётся подсчитать заявки: %1</translation>
    </message>
    <message>
        <source>Cannot search reports: %1</source>
        <translation>Не удалось выполнить поиск заявок: %1</translation>
    </message>
    <message>
        <source>Cannot look for reports like this one: %1</source>
        <translation>Не удалось поискать похожие заявки: %1</translation>
    </message>
    <message>
        <source>Cannot add you to report %1: %2</source>
        <translation>Не удалось добавить вас к заявке %1: %2</translation>
    </message>
    <message>
        <source>Cannot read who else is affected by %1: %2</source>
        <translation>Не удалось прочитать, кого ещё затрагивает %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the attachments of %1: %2</source>
        <translation>Не удаётся прочитать вложения заявки %1: %2</translation>
    </message>
    <message>
        <source>Cannot read attachment %1 of %2: %3</source>
        <translation>Не удаётся прочитать вложение %1 заявки %2: %3</translation>
    </message>
    <message>
        <source>Report %1 has no attachment %2.</source>
        <translation>У заявки %1 нет вложения %2.</translation>
    </message>
    <message>
        <source>Cannot read the replies to %1: %2</source>
        <translation>Не удалось прочитать ответы по заявке %1: %2</translation>
    </message>
    <message>
        <source>Cannot list your reports: %1</source>
        <translation>Не удалось получить список ваших заявок: %1</translation>
    </message>
    <message>
        <source>Write your answer first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <source>Write what is still wrong first.</source>
        <translation>Сначала напишите, что всё ещё не так.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Текст слишком длинный: не больше %1 символов.</translation>
    </message>
    <message>
        <source>The text contains what looks like %1. Remove it before sending: the helpdesk never needs it.</source>
        <translation>В тексте есть что-то похожее на %1. Уберите это перед отправкой: техподдержке это никогда не нужно.</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>Заявку %1 изменить не удалось: %2</translation>
    </message>
    <message>
        <source>it is not one of your reports.</source>
        <translation>это не ваша заявка.</translation>
    </message>
    <message>
        <source>it is %1, and only a resolved report can be fixed or not.</source>
        <translation>её статус — «%1», а подтвердить или оспорить исправление можно только у решённой заявки.</translation>
    </message>
    <message>
        <source>it is %1: say whether it is fixed instead, or file a new report.</source>
        <translation>её статус — «%1»: вместо ответа подтвердите, исправлено ли, или подайте новую заявку.</translation>
    </message>
    <message>
        <source>the helpdesk changed it at the same moment. Look at it again and try once more.</source>
        <translation>техподдержка изменила её в тот же момент. Посмотрите на неё ещё раз и повторите.</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation>Оценка — от 1 до 5.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report details</source>
        <translation>Сведения о заявке</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>Истори&amp;я:</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <source>Assign this report to yourself</source>
        <translation>Назначить эту заявку себе</translation>
    </message>
    <message>
        <source>New stat&amp;e:</source>
        <translation>Новый с&amp;татус:</translation>
    </message>
    <message>
        <source>C&amp;hange status</source>
        <translation>&amp;Сменить статус</translation>
    </message>
    <message>
        <source>&amp;Note or reply:</source>
        <translation>&amp;Заметка или ответ:</translation>
    </message>
    <message>
        <source>Add internal n&amp;ote</source>
        <translation>Добавить вн&amp;утреннюю заметку</translation>
    </message>
    <message>
        <source>Only agents see internal notes</source>
        <translation>Внутренние заметки видят только агенты</translation>
    </message>
    <message>
        <source>&amp;Reply to reporter</source>
        <translation>Отв&amp;етить заявителю</translation>
    </message>
    <message>
        <source>The reporter sees replies with their report</source>
        <translation>Заявитель видит ответы в своей заявке</translation>
    </message>
    <message>
        <source>Vague report</source>
        <translation>Расплывчатая заявка</translation>
    </message>
    <message>
        <source>Attached f&amp;iles:</source>
        <translation>Вложенные &amp;файлы:</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>Отк&amp;рыть</translation>
    </message>
    <message>
        <source>Open the selected attachment with the application the system uses for its type</source>
        <translation>Открыть выбранное вложение в программе, которую система использует для этого типа файлов</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>Сохранить выбранное вложение в файл</translation>
    </message>
    <message>
        <source>Mark as &amp;duplicate…</source>
        <translation>Отметить как &amp;дубликат…</translation>
    </message>
    <message>
        <source>Close this report as a duplicate of another ticket; its reporter becomes affected by that one</source>
        <translation>Закрыть эту заявку как дубликат другой; её заявитель становится затронутым той заявкой</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>Н&amp;азначить…</translation>
    </message>
    <message>
        <source>Assign this report to another agent by login</source>
        <translation>Назначить заявку другому специалисту по его логину</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Проверка и отправка</translation>
    </message>
    <message>
        <source>This is what the helpdesk will see. Change anything that is wrong, then press Submit.</source>
        <translation>Так заявку увидит техподдержка. Исправьте, если что-то не так, и нажмите «Отправить».</translation>
    </message>
    <message>
        <source>What broke</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Change &amp;problem…</source>
        <translation>Изменить &amp;проблему…</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Change &amp;device…</source>
        <translation>Изменить &amp;устройство…</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Change &amp;contact…</source>
        <translation>Изменить &amp;контакты…</translation>
    </message>
    <message>
        <source>Screenshot and files</source>
        <translation>Снимок экрана и файлы</translation>
    </message>
    <message>
        <source>Change &amp;files…</source>
        <translation>Изменить &amp;файлы…</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Ваша заявка</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>nobody</source>
        <comment>assigned to nobody</comment>
        <translation>никто</translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3</source>
        <translation>%1 сменил(а) статус с «%2» на «%3»</translation>
    </message>
    <message>
        <source>%1 took the report</source>
        <translation>%1 взял(а) заявку</translation>
    </message>
    <message>
        <source>%1 assigned the report to %2 (was %3)</source>
        <translation>%1 назначил(а) заявку исполнителю %2 (был: %3)</translation>
    </message>
    <message>
        <source>%1 added an internal note: %2</source>
        <translation>%1 добавил(а) внутреннюю заметку: %2</translation>
    </message>
    <message>
        <source>%1 replied to the reporter: %2</source>
        <translation>%1 ответил(а) заявителю: %2</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Не удалось прочитать очередь: %1</translation>
    </message>
    <message>
        <source>Cannot count the queue: %1</source>
        <translation>Не удалось подсчитать очередь: %1</translation>
    </message>
    <message>
        <source>Cannot read report %1: %2</source>
        <translation>Не удалось прочитать заявку %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>Не удалось прочитать историю заявки %1: %2</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Текст слишком длинный: не более %1 символов.</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Неизвестный статус «%1».</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>Заявку %1 изменить не удалось: %2</translation>
    </message>
    <message>
        <source>there is no such report.</source>
        <translation>такой заявки нет.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so nothing was saved. Look at its current state and try again.</source>
        <translation>Заявку %1 изменил кто-то другой после того, как вы её открыли, поэтому ничего не сохранено. Посмотрите её текущее состояние и повторите.</translation>
    </message>
    <message>
        <source>a report that is %1 cannot become %2.</source>
        <translation>заявку в статусе «%1» нельзя перевести в «%2».</translation>
    </message>
    <message>
        <source>nobody is assigned to it.</source>
        <translation>у неё нет исполнителя.</translation>
    </message>
    <message>
        <source>it is already assigned to %1.</source>
        <translation>она уже назначена исполнителю %1.</translation>
    </message>
    <message>
        <source>%1 closed the report as a duplicate of %2</source>
        <translation>%1 закрыл(а) заявку как дубликат %2</translation>
    </message>
    <message>
        <source>%1 marked %2 as a duplicate of this report; its reporter and the people affected by it are now affected by this one</source>
        <translation>%1 отметил(а) %2 как дубликат этой заявки; её заявитель и затронутые ею люди теперь затронуты этой заявкой</translation>
    </message>
    <message>
        <source>%1 cannot be a duplicate of itself.</source>
        <translation>%1 не может быть дубликатом самой себя.</translation>
    </message>
    <message>
        <source>Give the ticket number of the report this one repeats, e.g. HD-000042.</source>
        <translation>Укажите номер заявки, которую повторяет эта, например HD-000042.</translation>
    </message>
    <message>
        <source>it is closed already.</source>
        <translation>она уже закрыта.</translation>
    </message>
    <message>
        <source>there is no report %1 to be a duplicate of.</source>
        <translation>заявки %1, дубликатом которой она могла бы быть, нет.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it first, or mark this one a duplicate of an open report.</source>
        <translation>%1 закрыта: сначала откройте её заново или отметьте эту заявку как дубликат открытой.</translation>
    </message>
    <message>
        <source>%1 changed at the same moment; try again.</source>
        <translation>%1 изменилась в тот же момент; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Признак</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was saved.</source>
        <translation>Выгрузка остановлена, ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 (the reporter) answered: %2</source>
        <translation>%1 (автор заявки) ответил(а): %2</translation>
    </message>
    <message>
        <source>%1 (the reporter) said it is fixed</source>
        <translation>%1 (автор заявки) подтвердил(а), что исправлено</translation>
    </message>
    <message>
        <source>%1 (the reporter) said it is fixed: %2</source>
        <translation>%1 (автор заявки) подтвердил(а), что исправлено: %2</translation>
    </message>
    <message>
        <source>%1 (the reporter) said it is not fixed: %2</source>
        <translation>%1 (автор заявки) сообщил(а), что не исправлено: %2</translation>
    </message>
    <message>
        <source>(rated the help %1 of 5)</source>
        <translation>(оценка помощи: %1 из 5)</translation>
    </message>
    <message>
        <source>Cannot find the resolved reports: %1</source>
        <translation>Не удалось найти решённые заявки: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Helpdesk queue</source>
        <translation>Очередь заявок</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>Ma&amp;ke:</source>
        <translation>&amp;Марка:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>Мо&amp;и</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Без исполнителя</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>П&amp;оиск:</translation>
    </message>
    <message>
        <source>ticket number or words</source>
        <translation>номер заявки или слова</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>О&amp;чередь</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Вы&amp;грузить…</translation>
    </message>
    <message>
        <source>Save the reports this filter shows as a CSV file for a spreadsheet</source>
        <translation>Сохранить заявки, которые показывает фильтр, в CSV-файл для электронной таблицы</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>Сво&amp;дка…</translation>
    </message>
    <message>
        <source>Charts of the last 30 days: reports per category, device make and day</source>
        <translation>Графики за последние 30 дней: заявки по категориям, производителям устройств и дням</translation>
    </message>
</context>
<context>
    <name>ScreenshotEditor</name>
    <message>
        <source>Check the screenshot before it is attached</source>
        <translation>Проверьте снимок экрана, прежде чем приложить его</translation>
    </message>
    <message>
        <source>Drag over names, email addresses, documents or anything else private to black it out. The helpdesk receives only what you see here: what is blacked out is gone from the attached picture.</source>
        <translation>Проведите мышью по именам, адресам почты, документам и всему личному, чтобы закрасить их. Служба поддержки получит только то, что вы видите здесь: закрашенное удаляется из прикладываемой картинки.</translation>
    </message>
    <message>
        <source>When you drag:</source>
        <translation>При перетаскивании:</translation>
    </message>
    <message>
        <source>&amp;Black out the area</source>
        <translation>&amp;Закрасить область</translation>
    </message>
    <message>
        <source>C&amp;rop to the area</source>
        <translation>&amp;Обрезать по области</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Шаг назад</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <source>Drag with the mouse to black out or crop an area.</source>
        <translation>Проведите мышью, чтобы закрасить область или обрезать снимок по ней.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Выбросить</translation>
    </message>
    <message>
        <source>&amp;Attach screenshot</source>
        <translation>&amp;Приложить снимок</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>%1: not made yet, and the programs cannot make it, because %2 is not a folder this user may write to.</source>
        <translation>%1: база ещё не создана, и программы не смогут её создать: %2 — не папка, в которую этот пользователь может писать.</translation>
    </message>
    <message>
        <source>%1: not made yet; the first start of a program makes it</source>
        <translation>%1: ещё не создана; её создаст первый запуск программы</translation>
    </message>
    <message>
        <source>%1, when the database is made</source>
        <translation>%1 — при создании базы</translation>
    </message>
    <message>
        <source>the folder %1, where it will be made, is writable</source>
        <translation>папка %1, где она будет создана, доступна для записи</translation>
    </message>
    <message>
        <source>Database reachable</source>
        <translation>База данных доступна</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>Role and permissions</source>
        <translation>Роль и права</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>не проверено: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the database URL is not valid</source>
        <translation>адрес базы данных неверен</translation>
    </message>
    <message>
        <source>%1: the file does not exist yet. Run “helpdesk-admin init” to create it.</source>
        <translation>%1: файла ещё нет. Выполните «helpdesk-admin init», чтобы создать его.</translation>
    </message>
    <message>
        <source>there is no database</source>
        <translation>базы данных нет</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the database cannot be reached</source>
        <translation>база данных недоступна</translation>
    </message>
    <message>
        <source>%1, current</source>
        <translation>%1, актуальная</translation>
    </message>
    <message>
        <source>the database is at version %1, this program knows %2. Run “helpdesk-admin init” to create or upgrade the schema.</source>
        <translation>база данных версии %1, программа знает версию %2. Выполните «helpdesk-admin init», чтобы создать или обновить схему.</translation>
    </message>
    <message>
        <source>the database is at version %1, this program knows %2. Install the newer version of Helpdesk Intake on this computer.</source>
        <translation>база данных версии %1, программа знает версию %2. Установите на этот компьютер более новую версию Helpdesk Intake.</translation>
    </message>
    <message>
        <source>not checked: the database has no helpdesk schema</source>
        <translation>не проверено: в базе данных нет схемы helpdesk</translation>
    </message>
    <message>
        <source>the file %1 is not writable for this user.</source>
        <translation>файл %1 недоступен этому пользователю для записи.</translation>
    </message>
    <message>
        <source>the folder %1 is not writable for this user.</source>
        <translation>папка %1 недоступна этому пользователю для записи.</translation>
    </message>
    <message>
        <source>the file and its folder are writable</source>
        <translation>файл и его папка доступны для записи</translation>
    </message>
    <message>
        <source>the login “%1” has neither the helpdesk_reporter nor the helpdesk_agent role. Ask IT to run “helpdesk-admin add-reporter %1”.</source>
        <translation>у пользователя «%1» нет ни роли helpdesk_reporter, ни роли helpdesk_agent. Попросите ИТ выполнить «helpdesk-admin add-reporter %1».</translation>
    </message>
    <message>
        <source>login “%1”, role helpdesk_agent: reads and updates all reports</source>
        <translation>пользователь «%1», роль helpdesk_agent: видит и изменяет все заявки</translation>
    </message>
    <message>
        <source>login “%1”, role helpdesk_reporter: files reports, reads its own</source>
        <translation>пользователь «%1», роль helpdesk_reporter: подаёт заявки, видит свои</translation>
    </message>
    <message>
        <source>login “%1” owns the helpdesk tables (an administrator, not an employee)</source>
        <translation>пользователь «%1» — владелец таблиц helpdesk (администратор, а не сотрудник)</translation>
    </message>
    <message>
        <source>Device catalogue</source>
        <translation>Каталог устройств</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n устройство</numerusform>
            <numerusform>%n устройства</numerusform>
            <numerusform>%n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: the program was built without it</source>
        <translation>пуст: программа собрана без него</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>no translation for the language “%1” is built into the program</source>
        <translation>перевода на язык «%1» в программе нет</translation>
    </message>
    <message>
        <source>%1, with Qt&apos;s own</source>
        <translation>%1, вместе с переводами Qt</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s own translations are missing (Debian package qt6-translations-l10n)</source>
        <translation>%1: нет переводов самой Qt (пакет Debian qt6-translations-l10n)</translation>
    </message>
    <message>
        <source>%1 %2 self-test</source>
        <translation>%1 %2: самопроверка</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed.</source>
        <translation>
            <numerusform>Все проверки пройдены: %n.</numerusform>
            <numerusform>Все проверки пройдены: %n.</numerusform>
            <numerusform>Все проверки пройдены: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checks failed.</source>
        <translation>
            <numerusform>Не пройдена %n проверка из %1.</numerusform>
            <numerusform>Не пройдены %n проверки из %1.</numerusform>
            <numerusform>Не пройдено %n проверок из %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the helpdesk queue</source>
        <translation>Вход в очередь заявок</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Something else</source>
        <translation>Что-то другое</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Won&apos;t print</source>
        <translation>Не печатает</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Замятие бумаги</translation>
    </message>
    <message>
        <source>Poor print quality (streaks, faint, smudged)</source>
        <translation>Плохое качество печати (полосы, бледно, смазано)</translation>
    </message>
    <message>
        <source>Shows an error message</source>
        <translation>Выдаёт сообщение об ошибке</translation>
    </message>
    <message>
        <source>Printer is offline</source>
        <translation>Принтер не в сети</translation>
    </message>
    <message>
        <source>Out of toner or ink</source>
        <translation>Закончился тонер или чернила</translation>
    </message>
    <message>
        <source>Scanning does not work</source>
        <translation>Не работает сканирование</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Does not switch on or start</source>
        <translation>Не включается или не загружается</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>Очень медленно работает</translation>
    </message>
    <message>
        <source>Freezes or restarts by itself</source>
        <translation>Зависает или сам перезагружается</translation>
    </message>
    <message>
        <source>Shows an error screen</source>
        <translation>Показывает экран с ошибкой</translation>
    </message>
    <message>
        <source>Keyboard or mouse does not work</source>
        <translation>Не работает клавиатура или мышь</translation>
    </message>
    <message>
        <source>Noisy or overheating</source>
        <translation>Шумит или перегревается</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Монитор</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>Flickers or shows stripes</source>
        <translation>Мерцает или идут полосы</translation>
    </message>
    <message>
        <source>Wrong size or resolution</source>
        <translation>Неправильный размер или разрешение</translation>
    </message>
    <message>
        <source>Second screen not detected</source>
        <translation>Не определяется второй монитор</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>No connection at all</source>
        <translation>Совсем нет подключения к сети</translation>
    </message>
    <message>
        <source>Wi-Fi does not connect</source>
        <translation>Не подключается к Wi-Fi</translation>
    </message>
    <message>
        <source>Connection is very slow</source>
        <translation>Очень медленное соединение</translation>
    </message>
    <message>
        <source>VPN does not connect</source>
        <translation>Не подключается VPN</translation>
    </message>
    <message>
        <source>One site or service cannot be reached</source>
        <translation>Недоступен отдельный сайт или сервис</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Cannot send email</source>
        <translation>Не отправляются письма</translation>
    </message>
    <message>
        <source>Email does not arrive</source>
        <translation>Не приходят письма</translation>
    </message>
    <message>
        <source>Mailbox is full</source>
        <translation>Почтовый ящик переполнен</translation>
    </message>
    <message>
        <source>Calendar or meeting invitations</source>
        <translation>Календарь или приглашения на встречи</translation>
    </message>
    <message>
        <source>Suspicious or phishing email</source>
        <translation>Подозрительное или фишинговое письмо</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>No dial tone</source>
        <translation>Нет гудка</translation>
    </message>
    <message>
        <source>Cannot call out</source>
        <translation>Не получается позвонить</translation>
    </message>
    <message>
        <source>Poor sound or calls drop</source>
        <translation>Плохой звук или обрываются звонки</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Голосовая почта</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Account locked or password expired</source>
        <translation>Учётная запись заблокирована или истёк пароль</translation>
    </message>
    <message>
        <source>No access to a folder, system or application</source>
        <translation>Нет доступа к папке, системе или программе</translation>
    </message>
    <message>
        <source>Account needed for a new colleague</source>
        <translation>Нужна учётная запись для нового сотрудника</translation>
    </message>
    <message>
        <source>Two-factor sign-in does not work</source>
        <translation>Не работает двухфакторный вход</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Application does not start</source>
        <translation>Программа не запускается</translation>
    </message>
    <message>
        <source>Application crashes or freezes</source>
        <translation>Программа аварийно завершается или зависает</translation>
    </message>
    <message>
        <source>Application shows an error message</source>
        <translation>Программа выдаёт сообщение об ошибке</translation>
    </message>
    <message>
        <source>Need an application installed or updated</source>
        <translation>Нужно установить или обновить программу</translation>
    </message>
    <message>
        <source>Licence expired or activation fails</source>
        <translation>Истекла лицензия или не проходит активация</translation>
    </message>
    <message>
        <source>A question for the helpdesk</source>
        <translation>Вопрос в техподдержку</translation>
    </message>
    <message>
        <source>A request (equipment, move, change)</source>
        <translation>Запрос (оборудование, переезд, изменения)</translation>
    </message>
    <message>
        <source>Printer or multifunction device</source>
        <translation>Принтер или МФУ</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Настольный компьютер</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Monitor or projector</source>
        <translation>Монитор или проектор</translation>
    </message>
    <message>
        <source>Network equipment (router, switch, access point)</source>
        <translation>Сетевое оборудование (маршрутизатор, коммутатор, точка доступа)</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Другое устройство</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Только меня</translation>
    </message>
    <message>
        <source>My team or several people</source>
        <translation>Мой отдел или нескольких человек</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Весь офис</translation>
    </message>
    <message>
        <source>It can wait</source>
        <translation>Может подождать</translation>
    </message>
    <message>
        <source>It slows my work down</source>
        <translation>Мешает работать</translation>
    </message>
    <message>
        <source>I cannot work at all</source>
        <translation>Совсем не могу работать</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting for reporter</source>
        <translation>Ожидает ответа заявителя</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Another problem</source>
        <translation>Другая проблема</translation>
    </message>
    <message>
        <source>Telephone</source>
        <comment>device kind</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>way to be contacted</comment>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>way to be contacted</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>P1 – Critical</source>
        <translation>P1 – Критический</translation>
    </message>
    <message>
        <source>P2 – High</source>
        <translation>P2 – Высокий</translation>
    </message>
    <message>
        <source>P3 – Medium</source>
        <translation>P3 – Средний</translation>
    </message>
    <message>
        <source>P4 – Low</source>
        <translation>P4 – Низкий</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>Invalid pattern “%1”: %2</source>
        <translation>Неверный шаблон «%1»: %2</translation>
    </message>
    <message>
        <source>The triage rules are not valid JSON: %1 (at character %2).</source>
        <translation>Правила проверки — не корректный JSON: %1 (символ %2).</translation>
    </message>
    <message>
        <source>The triage rules must be a JSON object.</source>
        <translation>Правила проверки должны быть объектом JSON.</translation>
    </message>
    <message>
        <source>A secret rule has no kind.</source>
        <translation>У правила поиска секретов не указан вид (kind).</translation>
    </message>
    <message>
        <source>Unknown check “%1” in the secret rule “%2”.</source>
        <translation>Неизвестная проверка «%1» в правиле поиска секретов «%2».</translation>
    </message>
    <message>
        <source>What you were doing when it happened (for example, printing a PDF from Outlook).</source>
        <translation>Что вы делали, когда это случилось (например, печатали PDF из Outlook).</translation>
    </message>
    <message>
        <source>What you expected to happen.</source>
        <translation>Что должно было произойти.</translation>
    </message>
    <message>
        <source>What happened instead.</source>
        <translation>Что произошло вместо этого.</translation>
    </message>
    <message>
        <source>The exact text of the error message, if one appeared (copy it or write it down word for word).</source>
        <translation>Точный текст сообщения об ошибке, если оно появилось (скопируйте его или перепишите слово в слово).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>one-time code</source>
        <comment>a code sent by SMS to confirm a sign-in or payment</comment>
        <translation>одноразовый код</translation>
    </message>
    <message>
        <source>bank card number</source>
        <translation>номер банковской карты</translation>
    </message>
    <message>
        <source>card security code (CVV/CVC)</source>
        <translation>код безопасности карты (CVV/CVC)</translation>
    </message>
    <message>
        <source>bank account number (IBAN)</source>
        <translation>номер банковского счёта (IBAN)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the program&apos;s name and version, and exit.</source>
        <translation>Показать название и версию программы и выйти.</translation>
    </message>
    <message>
        <source>Helpdesk Intake</source>
        <translation>Заявка в техподдержку</translation>
    </message>
    <message>
        <source>Report an IT problem to the helpdesk.</source>
        <translation>Сообщить о проблеме с ИТ в техподдержку.</translation>
    </message>
    <message>
        <source>Database URL (sqlite:/path/file.sqlite or postgresql://user@host/db).</source>
        <translation>URL базы данных (sqlite:/path/file.sqlite или postgresql://user@host/db).</translation>
    </message>
    <message>
        <source>Language of the interface: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <source>Quit as soon as the first page is shown (benchmarks, smoke tests).</source>
        <translation>Выйти сразу после показа первой страницы (замеры, дымовые тесты).</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use ru or en.</source>
        <translation>Неизвестный язык «%1»; используйте ru или en.</translation>
    </message>
    <message>
        <source>Check the database, the device catalogue and the translations, print a checklist and exit (status 0 only when all pass). Changes nothing.</source>
        <translation>Проверить базу данных, каталог устройств и переводы, вывести список проверок и выйти (код 0, только если все пройдены). Ничего не меняет.</translation>
    </message>
    <message>
        <source>Helpdesk Console</source>
        <translation>Консоль техподдержки</translation>
    </message>
    <message>
        <source>Review and answer helpdesk reports.</source>
        <translation>Просмотр заявок и ответы на них.</translation>
    </message>
</context>
</TS>
