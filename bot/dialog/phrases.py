"""Every sentence the answers frame the standards' text with, in Thai and English.

The standards' own wording (titles, criteria, evidence) is never translated: only this framing is.
``say(key, language, **values)`` picks the language ("en", else Thai) and fills the placeholders.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

LANGUAGES: tuple[str, ...] = ("th", "en")

_STRINGS: Mapping[str, tuple[str, str]] = {
    # codes, units, elements, criteria
    # "ข้อ 3" after a unit of two elements: how many there are, then the unit again
    "part_past_end": ("{code} มี{what} {n} ข้อ ไม่มีข้อ {number}", "{code} has {n} {what_en}; there is no number {number}"),
    "code_in_frameworks": ("{code} มีใน {n} กรอบมาตรฐาน:", "{code} appears in {n} frameworks:"),
    "glossary_intro": ("หนังสือ ก.พ. อธิบายไว้ดังนี้ (ในผู้ช่วยนี้เรียกว่า หน่วยสมรรถนะ → สมรรถนะย่อย → เกณฑ์):",
                       "The OCSC letter defines them so (this assistant calls them unit → element → criterion):"),
    "glossary_codes": ("ตัวอย่างรหัส: หน่วยสมรรถนะ DS700 มีสมรรถนะย่อย DS701–DS704 และแต่ละสมรรถนะย่อยมีเกณฑ์ "
                       "เช่น DS701.01 กดดูตัวอย่างด้านล่าง หรือพิมพ์รหัสที่สนใจ",
                       "For example: unit DS700 has elements DS701–DS704, and each element has criteria such as "
                       "DS701.01. Press one below, or type a code."),
    "same_as_above": ("เป็นสมรรถนะเรื่องเดียวกับด้านบน ถ้อยคำต่างกันเล็กน้อย",
                      "The same competency as above, worded a little differently."),
    "unit": ("หน่วยสมรรถนะ {code} {title}", "Unit {code} {title}"),
    "document_title": ("ชื่อในเอกสารหน่วย: {title}", "Title in the unit's own document: {title}"),
    "also_known_as": ("รหัสอื่น: {codes}", "Also known as: {codes}"),
    "element": ("สมรรถนะย่อย {code} {title}", "Element {code} {title}"),
    "element_of_unit": ("อยู่ในหน่วย {code} {title}", "Part of unit {code} {title}"),
    "criterion": ("เกณฑ์ {code}", "Criterion {code}"),
    "criterion_of": ("ของสมรรถนะย่อย {element} {element_title}\nในหน่วย {unit} {unit_title}",
                     "Of element {element} {element_title}\nin unit {unit} {unit_title}"),
    "system_code": ("รหัสระบบ {code}", "system code {code}"),
    "criteria_count": ("{n} เกณฑ์", "{n} criteria"),
    "no_elements": ("เอกสารระบุเพียงชื่อหน่วยนี้ ยังไม่มีรายละเอียดสมรรถนะย่อยและเกณฑ์",
                    "The documents give only this unit's title, without elements or criteria."),
    "summary_note": ("กด \"ดูทั้งหมด\" เพื่อดูเกณฑ์ทั้ง {criteria} ข้อ",
                     "{elements} elements, {criteria} criteria: press \"ดูทั้งหมด\" (see all) for every "
                     "criterion."),
    "see_all": ("ดูทั้งหมด", "ดูทั้งหมด (see all)"),
    "more_about": ("ดูเพิ่มเติมเกี่ยวกับหน่วยนี้:", "More about this unit:"),
    "truncated": ("(ข้อความยาวเกินไป ตัดไว้เท่านี้)", "(too long: cut here)"),
    # aspects
    "aspect_count": ("{aspect} ของหน่วย {code} มี {n} ข้อ", "{aspect_en} of unit {code}: {n} items"),
    "aspect_count_laws": ("{aspect} ของหน่วย {code} มี {n} ฉบับ", "{aspect_en} of unit {code}: {n}"),
    "aspect_count_parts": ("{aspect} ของหน่วย {code} มี {n} ส่วน: {parts}",
                           "{aspect_en} of unit {code}, in {n} parts: {parts}"),
    "aspect_count_part": ("{name} {n} ข้อ", "{name} {n}"),
    "unit_count": ("หน่วย {code} มีสมรรถนะย่อย {elements} ข้อ เกณฑ์รวม {criteria} ข้อ",
                   "Unit {code} has {elements} elements and {criteria} criteria in all"),
    "aspect_line": ("{aspect} ข้อ {n} (จาก {total} ข้อ) ของหน่วย {code} {title}:",
                    "{aspect}, item {n} (of {total}), of unit {code} {title}:"),
    "aspect_line_all": ("{aspect}ทั้งหมด", "All {aspect}"),
    "aspect_of": ("{aspect} ของหน่วย {code} {title}", "{aspect_en} of unit {code} {title}"),
    "aspect_of_detailed_only": ("{aspect}มีรายการในเอกสารเฉพาะหน่วยที่มีรายละเอียดหน่วยสมรรถนะ {n} หน่วย: {codes} "
                               "(ถามหน่วยอื่นด้วยรหัสได้เลย)",
                               "Only the {n} units with a detailed unit document list their {aspect}: {codes} (ask "
                               "about another by its code)."),
    "aspect_unit_level": ("{aspect}กำหนดไว้ทั้งหน่วย {unit} ไม่แยกตามสมรรถนะย่อยหรือเกณฑ์ ชุดเดียวกันนี้ใช้กับ {codes}",
                          "{aspect_en}: set for the whole unit {unit}, not per element or criterion; this one "
                          "covers {codes}."),
    "needed_by": ("ตามหนังสือ ก.พ. ปี 2561 หน่วย {code} เป็นสิ่งที่ต้องมีของ:",
                  "By the OCSC letter of 2018, unit {code} is needed by:"),
    "needed_by_none": ("หนังสือ ก.พ. ปี 2561 ไม่ได้กำหนดหน่วย {code} ให้กลุ่มใดในระยะใด",
                       "The OCSC letter of 2018 lists unit {code} for no group in any phase."),
    "needed_yes": ("{group} ต้องมี {code} ใน{phases}", "{group} needs {code} in the {phases} phase(s)."),
    "needed_yes_phase": ("{group} ใน{phase} ต้องมี {code} (บทบาทที่คาดหวัง: {role})",
                         "{group} in the {phase} phase needs {code} (the role expected: {role})."),
    "needed_not_phase": ("{group} ใน{phase} ยังไม่ต้องมี {code} (ต้องมีใน{phases})",
                         "{group} in the {phase} phase does not need {code} (it is needed in: {phases})."),
    "needed_not": ("{group} ไม่มี {code} ในสิ่งที่ต้องมีทั้ง 3 ระยะ", "{group} does not need {code} in any phase."),
    "needed_and": (", ", ", "),
    "needed_role_button": ("สิ่งที่ต้องมีทั้งหมด", "Everything needed"),
    "aspect_missing": ("หน่วย {code} ใน{framework} ไม่มีหัวข้อ{aspect}ในเอกสาร",
                       "Unit {code} in {framework} has no {aspect_en} section in the documents."),
    "aspect_per_role": ("หนังสือ ก.พ. ปี 2561 ให้เฉพาะเกณฑ์ของหน่วย {code} ({n} ข้อ: สิ่งที่ต้องทำได้) ส่วนความรู้และประสบการณ์"
                        "ระบุไว้ตามกลุ่มบุคลากรและระยะขององค์กร "
                        "(ถามได้ เช่น \"ด้านเทคโนโลยี ระยะกำลังพัฒนา ต้องมีความรู้ ประสบการณ์อะไร\")",
                        "The 2018 OCSC letter gives unit {code} only its criteria ({n}: what one must be able to do); "
                        "knowledge and experience are given per staff group and organisation phase."),
    "aspect_per_role_evidence": ("หนังสือ ก.พ. ปี 2561 ไม่ได้กำหนดรายการหลักฐานของหน่วย {code} ไว้ สิ่งที่มีคือเกณฑ์ {n} ข้อ "
                                 "(สิ่งที่ต้องทำได้) กด \"ดูทั้งหมด\" เพื่อดูเกณฑ์",
                                 "The 2018 OCSC letter lists no evidence for unit {code}; what it gives is its {n} "
                                 "criteria (what one must be able to do): press \"ดูทั้งหมด\" to see them."),
    "pmqa_level_of_question": ("ระดับ {level} กำหนดไว้ที่ประเด็น {item} (ข้อคำถาม {question} อยู่ในประเด็นนี้):",
                               "The {level} level is set for item {item} (question {question} is one of its "
                               "questions):"),
    "aspect_available": ("หัวข้อที่มี:", "Sections available:"),
    "aspect_self_assess": ("ประเมินตนเองตามเกณฑ์ของ {code} ได้ที่ปุ่ม \"ประเมินตนเอง\"",
                           "You can assess yourself against {code}'s criteria: press \"ประเมินตนเอง\"."),
    "self_assess_button": ("ประเมินตนเอง", "ประเมินตนเอง (self-assess)"),
    "aspect_from_same": ("{code} ใน{framework} ไม่มีหัวข้อ{aspect} หน่วย {unit} ใน{related} เป็นสมรรถนะเรื่องเดียวกัน "
                         "และมีหัวข้อนี้ ดังนี้:",
                         "{code} in {framework} has no {aspect_en} section; unit {unit} in {related} is the same "
                         "competency and has one:"),
    "aspect_from_related": ("{code} ใน{framework} ไม่มีหัวข้อ{aspect} หน่วย {unit} ใน{related} เป็นเรื่องใกล้เคียงกัน "
                            "(ขอบเขตไม่เท่ากัน) ใช้อ้างอิงได้ดังนี้:",
                            "{code} in {framework} has no {aspect_en} section; unit {unit} in {related} covers "
                            "related ground (not the same scope), for reference:"),
    # missing codes
    "missing_code": ("ไม่พบรหัส {code} ในมาตรฐานใดเลย", "There is no code {code} in any framework."),
    "nearest_codes": ("รหัสที่ใกล้เคียง:", "Nearest real codes:"),
    "no_codes_given": ("ระบุรหัสหน่วยสมรรถนะด้วย เช่น DL201 หรือ DS700",
                       "Please give a unit code, for example DL201 or DS700."),
    # roles
    "ask_group": ("คุณอยู่กลุ่มไหน", "Which group are you in?"),
    "ask_team_group": ("ทีมของคุณอยู่กลุ่มไหน เลือกกลุ่มเพื่อดูหน่วยที่ต้องมี",
                       "Which group is your team in? Pick one to see the units it needs."),
    "ask_which_group": ("งานบริหารในหนังสือ ก.พ. แบ่งเป็น 2 กลุ่ม คือ {groups} หมายถึงกลุ่มไหนครับ",
                        "In the OCSC letter, management work is two groups: {groups}. Which one do you mean?"),
    "ask_phase": ("หน่วยงานของคุณอยู่ในระยะไหนของการเป็นองค์กรดิจิทัล",
                  "Which phase of digital development is your organisation in?"),
    "role_heading": ("{group} ในองค์กร{phase}", "{group_en}, organisation phase {phase_en}"),
    "role_title": ("บทบาท: {title}", "Role: {title}"),
    "role_units": ("ความสามารถที่ต้องมี ({n} หน่วย):", "Required units ({n}):"),
    "role_knowledge": ("ความรู้:", "Knowledge:"),
    "role_experience": ("ประสบการณ์:", "Experience:"),
    "role_competencies": ("สมรรถนะ:", "Competencies:"),
    "role_missing": ("ไม่พบข้อกำหนดของ{group} ในองค์กร{phase}",
                     "No requirements found for {group_en} in phase {phase_en}."),
    # PMQA
    "pmqa_measure_mandatory": ("ตัววัด \"{measure}\" ของ {code} เป็นตัววัดบังคับ (มีเครื่องหมาย *)",
                               "The measure \"{measure}\" of {code} is mandatory (marked *)"),
    "pmqa_measure_optional": ("ตัววัด \"{measure}\" ของ {code} ไม่ใช่ตัววัดบังคับ (ไม่มีเครื่องหมาย *): จะกรอกหรือไม่ก็ได้",
                              "The measure \"{measure}\" of {code} is not mandatory (no *): filling it in is optional"),
    "pmqa_success_factors": ("ปัจจัยความสำเร็จของระบบราชการ 4.0 ({n} ประการ):",
                             "The success factors of Thai Government 4.0 ({n}):"),
    "pmqa_is": ("PMQA 4.0 คือ{title} มุ่งสู่ภาครัฐ 3 ด้าน:", "PMQA 4.0 is the {title}, aiming at three kinds of government:"),
    "pmqa_categories": ("เกณฑ์ PMQA 4.0 มี {n} หมวด เลือกหมวดที่ต้องการ:",
                        "PMQA 4.0 has {n} categories; pick one:"),
    "pmqa_levels": ("เกณฑ์ PMQA 4.0 ประเมินแต่ละประเด็น (หมวด 1–6) เป็น {n} ระดับ:",
                    "PMQA 4.0 assesses each item (categories 1–6) at {n} levels:"),
    "pmqa_levels_results": ("หมวด 7 ผลลัพธ์ ใช้เกณฑ์ระดับเทียบกับค่าเป้าหมาย:",
                            "Category 7 (results) rates results against the targets:"),
    "pmqa_levels_hint": ("ดูว่าแต่ละระดับต้องทำอะไร เลือกหมวด หรือพิมพ์ เช่น \"4.2 ระดับ Advance\"",
                         "To see what a level asks, pick a category or type e.g. \"4.2 Advance\"."),
    "pmqa_all_indicators": ("ดูตัวชี้วัดทั้งหมด", "All indicators"),
    "pmqa_all_indicators_ask": ("ตัวชี้วัดหมวด 7", "category 7 indicators"),
    "pmqa_category": ("หมวด {no} {title}", "Category {no} {title}"),
    "pmqa_intent": ("เจตนารมณ์: {intent}", "Intent: {intent}"),
    "pmqa_levels_of_category": ("หมวด {no} {title} ระดับ {levels}:", "Category {no} {title}, levels {levels}:"),
    "pmqa_item_questions": ("ประเด็น {code} {title} มีข้อคำถาม {n} ข้อ:", "Item {code} {title} has {n} questions:"),
    "pmqa_category_questions": ("หมวด {no} {title} มีข้อคำถาม {n} ข้อ:", "Category {no} {title} has {n} questions:"),
    "pmqa_all_questions": ("ข้อคำถามของเกณฑ์ PMQA 4.0 มี {n} ข้อ ในหมวด 1-6:",
                           "PMQA 4.0 has {n} questions, in categories 1-6:"),
    "pmqa_results_no_questions": ("หมวด 7 ไม่มีข้อคำถาม แต่กรอกตัวชี้วัดผลลัพธ์แทน (พิมพ์ \"ตัวชี้วัดหมวด 7\")",
                                  "Category 7 has no questions: its result measures are filled in instead "
                                  "(type \"category 7 indicators\")."),
    "pmqa_category_questions_text": ("ข้อคำถามหมวด {no}", "questions of category {no}"),
    "pmqa_n_questions": ("{n} ข้อ", "{n} questions"),
    "pmqa_questions_word": ("ข้อคำถาม", "questions"),
    "pmqa_questions_hint": ("กดเลขประเด็นเพื่อดูข้อคำถาม", "Press an item to see its questions."),
    "pmqa_item_questions_text": ("ข้อคำถาม {code}", "questions of {code}"),
    "pmqa_items_n": ("ประเด็นการพิจารณา {n} ข้อ:", "{n} items:"),
    "pmqa_item": ("ประเด็น {code} {title}", "Item {code} {title}"),
    "pmqa_level_of_category": ("หมวด {no} {title}\nระดับ {level}:", "Category {no} {title}\nLevel {level}:"),
    "pmqa_level_of_item": ("ประเด็น {code} {title}\nระดับ {level}:", "Item {code} {title}\nLevel {level}:"),
    "pmqa_question": ("คำถาม {code}", "Question {code}"),
    "pmqa_missing": ("ไม่พบ {what} ในเกณฑ์ PMQA 4.0", "{what} is not in the PMQA 4.0 criteria."),
    "pmqa_no_level_text": ("(เอกสารไม่ได้ระบุรายละเอียดระดับนี้)", "(the document gives nothing for this level)"),
    # search
    "search_results": ("หน่วยที่ตรงกับ \"{query}\" มากที่สุด:", "Units that best match \"{query}\":"),
    "search_results_long": ("หน่วยที่ตรงกับเรื่องที่ถามมากที่สุด:", "Units that best match what you asked:"),
    "search_results_in": ("หน่วยใน{framework} ที่ตรงกับ \"{query}\" มากที่สุด:",
                          "Units of the {framework} that best match \"{query}\":"),
    "search_area": ("ใน{framework} มีทั้งกลุ่มหน่วยเรื่องนี้: {code} {title} ({units})",
                    "The {framework} has a whole area on this: {code} {title} ({units})"),
    "search_none": ("ไม่พบหน่วยที่ตรงกับ \"{query}\" ลองใช้คำอื่น หรือพิมพ์รหัส เช่น DL201",
                    "No unit matches \"{query}\". Try other words, or a code such as DL201."),
    "search_none_long": ("ไม่พบหน่วยที่ตรงกับเรื่องที่ถาม ลองถามสั้นลงด้วยคำสำคัญของเรื่อง หรือพิมพ์รหัส เช่น DL201",
                         "No unit matches what you asked. Try a shorter question with its key words, "
                         "or a code such as DL201."),
    # help and small talk
    "help_frameworks": (
        "คำตอบมาจากเอกสาร 3 ชุด:\n"
        "• {ocsc} (หนังสือ ก.พ. ที่ นร 1013/ว 6): {n_ocsc} หน่วย และสิ่งที่ข้าราชการ 6 กลุ่มต้องมีในแต่ละระยะขององค์กร 3 ระยะ\n"
        "• {std} (มาตรฐานอาชีพ): {n_std} หน่วย สำหรับผู้บริหารเทคโนโลยีสารสนเทศ (DL200 และ DS700 มีรายละเอียดเต็ม: "
        "เกณฑ์ หลักฐาน ความรู้ ทักษะ)\n"
        "• {pmqa}: {n_cat} หมวด\n"
        "รหัสเดียวกันในสองกรอบอาจเป็นคนละเรื่อง เช่น DL200 จึงระบุกรอบกำกับไว้ทุกครั้ง",
        "The answers come from 3 documents:\n"
        "• {ocsc} (OCSC letter นร 1013/ว 6): {n_ocsc} units, and what each of 6 person groups needs in each of 3 "
        "organisation phases\n"
        "• {std} (an occupational standard): {n_std} units for IT executives (DL200 and DS700 in full: criteria, "
        "evidence, knowledge, skills)\n"
        "• {pmqa}: {n_cat} categories\n"
        "The same code may mean different things in the two frameworks (DL200, for one), so each answer names its "
        "framework."),
    "standard_audience": ("มาตรฐานอาชีพ ({title}) ระบุกลุ่มบุคคลในอาชีพ (Target Group) ว่า \"{target}\"\n\n"
                          "สำหรับผู้บริหาร เอกสารระบุเส้นทางไว้ว่า \"{pathways}\"\n\n"
                          "ส่วนหนังสือ ก.พ. 2561 ใช้กับข้าราชการและบุคลากรภาครัฐทุกกลุ่ม (6 กลุ่ม 3 ระยะ): หน่วยที่ตำแหน่งของคุณ"
                          "ต้องมี ถามได้ เช่น \"ตำแหน่งของฉันต้องมีอะไรบ้าง\"\n\n{cite}",
                          "The occupational standard ({title}) names its target group as \"{target}\"\n\n"
                          "For executives, it gives this pathway: \"{pathways}\"\n\n"
                          "The OCSC letter of 2018 applies to civil servants of every group (6 groups, 3 phases): ask "
                          "\"what does my role need?\" for your own units.\n\n{cite}"),
    "score_at": ("ค่าเฉลี่ย {score} จาก 4 คือระดับ {n} \"{level}\"",
                 "A mean of {score} out of 4 is level {n}, \"{level}\"."),
    "score_between": ("ค่าเฉลี่ย {score} จาก 4 อยู่ระหว่างระดับ {n} \"{low}\" กับระดับ {m} \"{high}\"",
                      "A mean of {score} out of 4 lies between level {n}, \"{low}\", and level {m}, \"{high}\"."),
    "score_scale": ("แบบประเมินตนเองให้คะแนนแต่ละเกณฑ์ 1–4 ({scale}) ไม่มีคะแนนผ่านหรือตก ใช้ดูว่าควรพัฒนาเรื่องไหนก่อน: "
                    "สมรรถนะย่อยที่เฉลี่ยต่ำกว่า {strong} คือเรื่องที่ควรพัฒนา ตั้งแต่ {strong} ขึ้นไปคือจุดแข็ง",
                    "The self-assessment rates each criterion 1–4 ({scale}). There is no pass or fail: it shows what "
                    "to develop first. Elements averaging under {strong} are to develop; {strong} and over are "
                    "strengths."),
    "help_language": (
        "ได้ครับ พิมพ์ภาษาไทยตอบภาษาไทย พิมพ์ภาษาอังกฤษตอบภาษาอังกฤษ การเตือนก็ส่งเป็นภาษาที่คุยกันล่าสุด "
        "ส่วนชื่อหน่วย เกณฑ์ และข้อความจากเอกสารต้นฉบับเป็นภาษาไทย จึงยกมาตามต้นฉบับ",
        "Yes: write in English and the answers come in English (in Thai, they come in Thai); reminders follow the "
        "language you wrote in last. The units' titles, criteria and other text quoted from the source documents "
        "are Thai in the sources and quoted as written."),
    "help_for_others": (
        "ในแชทนี้การเตือนเป็นของแต่ละคนครับ ตั้งให้คนอื่นไม่ได้ ส่วนการส่งประกาศหรือกำหนดส่งหลักฐานให้ทั้งกลุ่มหรือทั้ง"
        "หน่วยงาน (แคมเปญ) เจ้าหน้าที่ HR ทำได้ที่หน้าผู้ดูแล /admin แล้วระบบจะแจ้งและเตือนแต่ละคนให้เอง",
        "Reminders in this chat are each person's own; nobody sets them for others. Announcements and evidence "
        "deadlines for a group or a whole agency (campaigns) are sent by HR officers from the admin pages, /admin, and "
        "everyone in them is told and reminded."),
    "help_segments": (
        "ได้ครับ ตอนสร้างประกาศหรือแคมเปญกำหนดส่งที่หน้าผู้ดูแล /admin เจ้าหน้าที่ HR เลือกได้ว่าจะส่งถึงใคร: กลุ่มบุคลากร "
        "ระยะขององค์กร หน่วยงาน และช่องทาง (LINE หรือ Telegram) ระบบส่งถึงเฉพาะคนที่ตรงทุกข้อที่เลือก "
        "(ตามข้อมูลที่แต่ละคนตั้งไว้ในแชทนี้)",
        "Yes: when HR creates an announcement or a deadline campaign on the admin pages, /admin, they choose who it "
        "reaches: person groups, organisation phases, an agency and the channel (LINE or Telegram); only the people "
        "matching every choice get it (by the profile each person set in this chat)."),
    "help_courses": (
        "เอกสารที่ผู้ช่วยนี้ใช้ (มาตรฐานสมรรถนะดิจิทัลและเกณฑ์ PMQA 4.0) ไม่ได้ระบุหลักสูตรหรือสถานที่อบรมครับ "
        "ถามฝ่าย HR หรือฝ่ายพัฒนาบุคลากรของหน่วยงานได้ ส่วนสิ่งที่ต้องเรียนรู้ ดูได้จากความรู้และทักษะของแต่ละหน่วย "
        "เช่น พิมพ์ \"ความรู้ DLit100\" หรือ \"สิ่งที่ต้องมี\" เพื่อดูหน่วยของกลุ่มคุณ",
        "The documents this assistant uses (the digital competency standards and PMQA 4.0) name no courses or places "
        "to train; your agency's HR or training unit can say. What to learn is in each unit's knowledge and skills: "
        "type e.g. \"knowledge DLit100\", or \"what I need\" for your group's units."),
    "help_admin_access": (
        "หน้าผู้ดูแล /admin เป็นของเจ้าหน้าที่ HR ที่ได้รับสิทธิ์ครับ เข้าด้วยโทเคนผู้ดูแลที่ผู้ดูแลระบบของหน่วยงานออกให้ "
        "(ไม่มีการสมัครเอง) ถ้ายังไม่มี ติดต่อผู้ดูแลระบบของหน่วยงาน ในหน้านั้นดูภาพรวมผลประเมิน ส่งประกาศ "
        "ตั้งแคมเปญกำหนดส่ง และส่งออกข้อมูลได้",
        "The admin pages, /admin, are for HR officers who have been given access: they sign in with an admin token "
        "that their agency's system administrator issues (there is no self sign-up); without one, ask that "
        "administrator. There they see results, send announcements, set deadline campaigns and export data."),
    "help_assess_others": (
        "แบบประเมินตนเองเป็นของแต่ละคนครับ ทำแทนหรือสั่งให้คนอื่นทำจากแชทนี้ไม่ได้ ให้แต่ละคนเพิ่มผู้ช่วยนี้ในแชทของตัวเอง "
        "แล้วพิมพ์ เช่น \"ประเมินตนเอง DS700\" ผลของแต่ละคนเจ้าหน้าที่ HR ของหน่วยงานดูได้ที่หน้าผู้ดูแล /admin "
        "(เมนู \"รายชื่อ\" เลือกหน่วยและสถานะ เช่น ยังไม่เริ่ม) และตั้งกำหนดส่งให้ทั้งกลุ่มได้ที่เมนู \"กำหนดส่ง\"",
        "A self-assessment is each person's own: nobody takes it for others from this chat. Each person adds this "
        "assistant in their own chat and types e.g. \"self-assess DS700\"; HR officers see their agency's results "
        "on the admin pages, /admin (\"รายชื่อ\", by unit and status, e.g. not started), and set a deadline for a "
        "whole group under \"กำหนดส่ง\"."),
    "help": (
        "ถามได้เลย หรือพิมพ์สิ่งที่ต้องการ เช่น\n"
        "• ดูหน่วยสมรรถนะ สมรรถนะย่อย เกณฑ์ (พิมพ์รหัส เช่น DL201) และหลักฐาน ความรู้ ทักษะ ขอบเขต กฎหมาย\n"
        "• ค้นหาตามหัวข้อ (\"Big Data อยู่หน่วยไหน\") และเปรียบเทียบ (\"DS700 กับ DS600\")\n"
        "• สิ่งที่แต่ละกลุ่มต้องมีในแต่ละระยะขององค์กร\n"
        "• เกณฑ์ PMQA 4.0 หมวด ประเด็น ระดับ และตัวชี้วัดหมวด 7\n"
        "• ทำแบบประเมินตนเอง (\"ประเมินตนเอง DS700\") แบบทดสอบความรู้ และประเมินความพร้อม PMQA\n"
        "• ตั้งเตือนส่งหลักฐาน และดูความก้าวหน้าของฉัน\n"
        "• หยุดรับข่าว / รับข่าว, ขอคุยกับเจ้าหน้าที่ HR, ลบข้อมูลของฉัน\n"
        "• เจ้าหน้าที่ HR ส่งประกาศและตั้งกำหนดส่งหลักฐานให้ทั้งหน่วยงาน (แคมเปญ) ได้ที่หน้าผู้ดูแล /admin "
        "การเตือนในแชทนี้เป็นของแต่ละคน",
        "Ask away, or type what you need, for example:\n"
        "• units, elements and criteria (type a code such as DL201), and evidence, knowledge, skills, range, laws\n"
        "• find by topic (\"where is Big Data\") and compare (\"DS700 vs DS600\")\n"
        "• what each group needs in each organisation phase\n"
        "• PMQA 4.0 categories, items, levels and category 7 indicators\n"
        "• self-assessment (\"assess me on DS700\"), knowledge quiz, PMQA readiness check\n"
        "• evidence reminders and my progress\n"
        "• stop / resume news, talk to HR staff, delete my data\n"
        "• HR officers send announcements and set evidence deadlines for a whole agency (campaigns) on the admin "
        "pages, /admin; reminders in this chat are each person's own",
    ),
    "greeting": ("สวัสดีครับ ถามเรื่องมาตรฐานสมรรถนะดิจิทัลได้เลย",
                 "Hello! Ask me about the digital competency standards."),
    "thanks": ("ยินดีครับ มีอะไรถามเพิ่มได้เลย", "You're welcome. Ask me anything else."),
    "cancel": ("ตกลง หยุดไว้ก่อน ถามใหม่ได้ทุกเมื่อ", "OK, stopped. Ask again any time."),
    # clarification
    "clarify": ("ยังไม่แน่ใจว่าหมายถึงข้อไหน กดเลือกด้านล่าง หรือพิมพ์ใหม่ให้ละเอียดขึ้นได้เลย:",
                "I'm not sure which you mean: pick one below, or ask again in other words:"),
    "not_understood": ("ยังไม่เข้าใจคำถามนี้", "I didn't understand that."),
    "not_understood_short": ("ยังไม่เข้าใจคำถามนี้ ลองพิมพ์รหัสหน่วย (เช่น DL201) หัวข้อที่อยากรู้ หรือหมวด PMQA "
                             "หรือกด \"ดูสิ่งที่ถามได้\"",
                             "I didn't understand that. Try a unit code (e.g. DL201), a topic or a PMQA category, "
                             "or press \"What I can do\"."),
    # a slash command the bot does not have ("/abc"): the ones it has (the menu's, ``bot.channels.menu.MENU``)
    "unknown_command": ("ไม่มีคำสั่ง {command} คำสั่งที่ใช้ได้:\n/ask ถามมาตรฐาน\n/assess ประเมินตนเอง\n"
                        "/reminders การเตือนของฉัน\n/progress ความคืบหน้า\n/help ช่วยเหลือ\n"
                        "หรือพิมพ์ถามเป็นประโยคก็ได้ เช่น \"DL201 ต้องทำอะไรบ้าง\"",
                        "There is no {command} command. The commands are:\n/ask ask about the standards\n"
                        "/assess self-assessment\n/reminders my reminders\n/progress my progress\n/help help\n"
                        "or just type your question, e.g. \"What is DL201?\""),
    "noise": ("ครับ มีอะไรให้ช่วยต่อ พิมพ์ถามได้เลย", "Sure. Ask me anything about the standards."),
    "help_button": ("ดูสิ่งที่ถามได้", "What I can do"),
    "help_where": ("ปุ่มอยู่ใต้คำตอบแต่ละข้อความ กดได้เลย หรือพิมพ์ถามเป็นประโยคก็ได้ เช่น \"DL201 ต้องทำอะไรบ้าง\" "
                   "เมนูทั้งหมดกด \"ดูสิ่งที่ถามได้\"",
                   "The buttons are under each answer: press one, or just type your question (e.g. \"What is "
                   "DL201?\"). For everything I can do, press \"What I can do\"."),
    "off_topic": ("เรื่องนี้อยู่นอกสิ่งที่ผู้ช่วยนี้ตอบได้ (มาตรฐานสมรรถนะดิจิทัลและเกณฑ์ PMQA 4.0) เรื่องงานบุคคล "
                  "การเงิน หรือปัญหาคอมพิวเตอร์ อีเมล รหัสผ่าน ติดต่อฝ่ายที่ดูแลในหน่วยงานของคุณได้เลย",
                  "That is outside what this assistant covers (the digital competency standards and PMQA 4.0). "
                  "For personnel, pay or computer, e-mail and password problems, please contact the unit in "
                  "your agency that handles them."),
    # starting a conversation from a pure answer (a button does it)
    "start_offer": ("กดปุ่มเพื่อเริ่ม{what}", "Press the button to start {what_en}."),
    "handoff": ("เข้าใจว่าต้องการคุยกับเจ้าหน้าที่ HR ของหน่วยงาน", "You would like to talk to HR staff."),
    "flow_stopped_none": ("ตอนนี้ไม่มีอะไรทำค้างอยู่ ถามต่อได้เลย", "Nothing is open right now. Ask away."),
    # roles, phases, comparisons
    "type_a_code": ("กดรหัสหรือพิมพ์รหัสเพื่อดูรายละเอียด เช่น {code}", "Tap or type a code for details, e.g. {code}."),
    "see_more": ("ดูเพิ่ม ({page}/{pages})", "More ({page}/{pages})"),
    "role_more_units": ("และอีก {n} หน่วย: {codes}", "and {n} more: {codes}"),
    "role_unit_codes": ("หน่วยสมรรถนะของบทบาทนี้ ({n}): {codes}", "This role's units ({n}): {codes}"),
    "role_units_page": ("หน่วยที่ {first}–{last} จาก {n}:", "Units {first}–{last} of {n}:"),
    "role_unit_page": ("หน่วยที่ {first} จาก {n}:", "Unit {first} of {n}:"),
    "role_about_button": ("ความรู้ ประสบการณ์", "Knowledge & more"),
    "role_units_button": ("หน่วยที่ต้องมี", "Required units"),
    "role_added_button": ("เพิ่มจากระยะก่อน", "Added this phase"),
    "role_nothing_added": ("{what} เหมือน{before} ไม่มีรายการใหม่", "{what} the same as {before}: nothing new."),
    "role_expected": ("บทบาทและพฤติกรรมที่คาดหวัง:", "Expected role and behaviour:"),
    "role_added": ("{group} ใน{phase} ต้องมีเพิ่มจาก{before} {n} หน่วย:",
                   "{group_en} in phase {phase_en} adds {n} units over {before}:"),
    "role_added_first": ("{phase} เป็นระยะแรก ไม่มีระยะก่อนหน้าให้เทียบ สิ่งที่{group}ต้องมี:",
                         "{phase_en} is the first phase; there is nothing before it. {group_en} needs:"),
    "role_not_listed": ("หน่วยในระยะก่อนที่ระยะนี้ไม่ได้ระบุ ({n}):", "Units of the phase before not listed here ({n}):"),
    "groups_count": ("{n} กลุ่ม ตามหนังสือสำนักงาน ก.พ. (ข้อ {no}) ซึ่งไม่ได้แบ่งตามประเภทหรือระดับตำแหน่ง:",
                     "{n} groups, as the OCSC letter (clause {no}) names them, not by position type or level:"),
    "phases_count": ("{n} ระยะ ตามหนังสือสำนักงาน ก.พ. (ข้อ {no}) ที่แบ่งหน่วยงานตามความพร้อมและพัฒนาการในการเป็น"
                     "องค์กรดิจิทัล ไม่ได้แบ่งตามประเภทหรือระดับตำแหน่ง:",
                     "{n} phases, as the OCSC letter (clause {no}) sorts agencies by their readiness to become digital "
                     "organisations, not by position type or level:"),
    "areas_title": ("ด้านของความสามารถ", "Competency areas"),
    "areas_count": ("{title} มี {n} ด้าน รวม {units} หน่วย:", "{title} has {n} areas, {units} units in all:"),
    "areas_units": ("{n} หน่วย", "{n} units"),
    "areas_button_text": ("{code} {year} กี่หน่วย", "{code} {year} how many units"),
    "areas_other": ("ส่วน{framework} มี {n} ด้าน รวม {units} หน่วย (กดปุ่ม {framework} เพื่อดู)",
                    "The {framework} has {n} areas, {units} units in all (press {framework} to see them)."),
    "areas_other_text": ("{framework} มีกี่ด้าน", "How many areas does the {framework} have"),
    "area_units": ("ด้าน {code} {title} ({framework}) มี {n} หน่วย:",
                   "Area {code} {title} ({framework}) has {n} units:"),
    "role_overview_title": ("ทักษะของแต่ละกลุ่มในแต่ละระยะ", "Each group in each phase"),
    "role_overview": ("บทบาทที่แต่ละกลุ่มต้องเป็นในแต่ละระยะ (ในวงเล็บ: จำนวนหน่วยความสามารถ)",
                      "The role each group plays in each phase (in brackets: number of units)"),
    "role_row": ("บทบาทของ{group}ในแต่ละระยะ (ในวงเล็บ: จำนวนหน่วยความสามารถ)",
                 "The role of {group} in each phase (in brackets: number of units)"),
    "role_row_hint": ("กดระยะ หรือพิมพ์ เช่น \"{group} ระยะกำลังพัฒนา\" เพื่อดูหน่วยที่ต้องมี",
                      "Pick a phase, or type e.g. \"{group}, developing\" for its units."),
    "role_overview_hint": ("กดกลุ่ม หรือพิมพ์ เช่น \"สายบริการ ระยะกำลังพัฒนา\" เพื่อดูหน่วยที่ต้องมี",
                           "Pick a group, or type e.g. \"service, developing\" for its units."),
    "n_units": ("{n} หน่วย", "{n} units"),
    "basics_title": ("สิ่งที่ทุกกลุ่มต้องมีเหมือนกัน", "What every group shares"),
    "basics_lead": ("หนังสือ ก.พ. กำหนดสิ่งที่ข้าราชการและบุคลากรภาครัฐทุกกลุ่มต้องมีเหมือนกัน (หมวดที่ ๒) ดังนี้",
                    "The OCSC letter sets what civil servants of every group share (chapter 2):"),
    "basics_knowledge": ("ความรู้พื้นฐาน ({n} หน่วยความรู้):", "Basic knowledge ({n} items):"),
    "basics_experience": ("ประสบการณ์พื้นฐาน ({n} หน่วยประสบการณ์):", "Basic experience ({n} items):"),
    "basics_attribute": ("คุณลักษณะพื้นฐาน ({n} หน่วยคุณลักษณะ):", "Basic attributes ({n} items):"),
    "basics_knowledge_button": ("ความรู้พื้นฐาน", "Basic knowledge"),
    "basics_experience_button": ("ประสบการณ์พื้นฐาน", "Basic experience"),
    "basics_attribute_button": ("คุณลักษณะพื้นฐาน", "Basic attributes"),
    "basics_units": ("หน่วยความสามารถที่ทุกกลุ่มมีเหมือนกัน{where}: {codes}",
                     "Units of capability every group has{where}: {codes}"),
    "basics_units_where": (" ในทุกระยะ", " in every phase"),
    "basics_units_in": (" ใน{phase}", " in the {phase} phase"),
    "basics_units_mature": (" (ระยะพัฒนาแล้ว เพิ่ม {codes})", " (the mature phase adds {codes})"),
    "basics_hint": ("สิ่งที่แต่ละกลุ่มต้องมีเพิ่ม ดูได้ที่บทบาทของกลุ่มนั้น (กดกลุ่มด้านล่าง)",
                    "What each group needs beyond these is in its role (pick a group below)."),
    "phases_heading": ("หนังสือสำนักงาน ก.พ. ว่าด้วยทักษะด้านดิจิทัล กำหนดไว้ว่า:",
                       "The OCSC letter on digital skills says (in Thai):"),
    "phases_short": ("หนังสือสำนักงาน ก.พ. (ข้อ {no}) แบ่งหน่วยงานตามความพร้อมและพัฒนาการในการเป็นองค์กรดิจิทัล "
                     "เป็น {n} ระยะ ไม่ได้แบ่งตามประเภทหรือระดับตำแหน่ง:",
                     "The OCSC letter (clause {no}) sorts agencies into {n} phases by their readiness to become "
                     "digital organisations, not by position type or level:"),
    "phases_same": ("ใช่ เป็นระยะเดียวกัน ทั้งสองคำหมายถึง {phase}",
                    "Yes, the same phase: both mean {phase}."),
    "phases_not_same": ("ไม่ใช่ เป็นคนละระยะ: {phases}", "No, they are different phases: {phases}."),
    "phases_and": (" กับ ", " and "),
    "phases_for_group": ("สำหรับ{group} แต่ละระยะมีบทบาทดังนี้", "For {group}, the role in each phase:"),
    "phases_which": ("หน่วยงานอยู่ระยะไหน ให้ดูจากบริบทการปรับเปลี่ยนเป็นรัฐบาลดิจิทัลของหน่วยงานระดับกรมที่สังกัด "
                     "ประกอบกับหน้าที่และลักษณะงานที่ทำ (ข้อ {no})",
                     "Which phase applies: the digital-government context of the department-level agency one "
                     "belongs to, with one's duties and kind of work (clause {no})."),
    "phases_full": ("อ่านข้อความเต็ม", "Full text (Thai)"),
    "phases_missing": ("ไม่พบข้อความเรื่องระยะในเอกสาร", "The documents say nothing about the phases."),
    "source_at": ("ที่มา: {where}", "Source: {where}"),
    "source": ("ที่มา: {title}", "Source: {title}"),
    "source_two": ("ที่มา: {a}; {b}", "Source: {a}; {b}"),
    "source_place": ("{document} ({file} บรรทัด {line})", "{document} ({file}, line {line})"),
    "source_section": ("หัวข้อ {section}", "section {section}"),
    "letter_clause": ("ข้อ {no}", "clause {no}"),
    "pmqa_ref": ("ข้อ {ref}", "item {ref}"),
    "pmqa_category_ref": ("หมวด {ref}", "category {ref}"),
    "compare_same_code": ("{code} ใน 2 กรอบเป็นคนละสมรรถนะกัน รหัสเดียวกันแต่เนื้อหาต่างกัน:\n• {a}\n• {b}",
                          "{code} names two different competencies in the two frameworks:\n• {a}\n• {b}"),
    "compare_same_competency": ("{code} ใน 2 กรอบเป็นสมรรถนะเรื่องเดียวกัน ถ้อยคำต่างกันเล็กน้อย:\n• {a}\n• {b}",
                                "{code} is the same competency in both frameworks, worded slightly differently:"
                                "\n• {a}\n• {b}"),
    "compare_related_competency": ("{code} ใน 2 กรอบเป็นเรื่องใกล้เคียงกันแต่ขอบเขตไม่เท่ากัน เทียบรายละเอียดด้านล่าง:"
                                   "\n• {a}\n• {b}",
                                   "{code} covers related but not identical ground in the two frameworks:"
                                   "\n• {a}\n• {b}"),
    "compare_one": ("{code} {title} มีเฉพาะใน{framework} ไม่มีอีกกรอบให้เทียบ ระบุอีกรหัสเพื่อเปรียบเทียบ เช่น "
                    "\"DS700 กับ DS600\"",
                    "{code} {title} exists only in {framework}. Name a second code, e.g. \"DS700 vs DS600\"."),
    "compare_what": ("ต้องการเปรียบเทียบอะไรกับอะไร เช่น \"DS700 กับ DS600\" หรือ \"สายไอที ระยะเริ่มต้นกับระยะพัฒนาแล้ว\"",
                     "What should I compare? e.g. \"DS700 vs DS600\" or \"technologist early vs mature\"."),
    "compare_aspects": ("ในหน่วยสมรรถนะแบบละเอียดของมาตรฐาน 2567 แต่ละหัวข้อหมายถึง:",
                        "In the detailed units of the 2567 standard each part means:"),
    "aspect_example": ("  เช่น {code}: {text}", "  e.g. {code}: {text}"),
    "aspect_means_knowledge": ("เรื่องที่ต้องรู้และเข้าใจ (ข้อ 13 (ข) ความต้องการด้านความรู้) พิสูจน์ด้วยหลักฐานความรู้ "
                               "(Knowledge Evidence)",
                               "what you must know and understand (item 13 (b), knowledge), shown by knowledge "
                               "evidence"),
    "aspect_means_skills": ("สิ่งที่ต้องทำได้และลักษณะการทำงาน (ข้อ 13 (ก) ความต้องการด้านทักษะ) เห็นได้จากการปฏิบัติงานจริง",
                            "what you must be able to do and how you work (item 13 (a), skills), seen in real work"),
    "aspect_means_prerequisites": ("ความรู้และทักษะที่ต้องมีก่อนเริ่มหน่วยนี้ (ข้อ 12)",
                                   "what you need before starting the unit (item 12)"),
    "aspect_means_evidence": ("สิ่งที่ต้องส่งให้ผู้ประเมินดู แยกเป็นหลักฐานการปฏิบัติงานและหลักฐานความรู้ (ข้อ 14)",
                              "what you hand to the assessor: performance and knowledge evidence (item 14)"),
    "aspect_means_criteria": ("สิ่งที่ต้องทำได้ในแต่ละสมรรถนะย่อย ใช้วัดว่าผ่านหรือไม่",
                              "what you must do in each element; the measure of a pass"),
    "aspect_means_range": ("ขอบเขตและบริบทที่ใช้ตีความเกณฑ์ (Range Statement)",
                           "the scope and context the criteria are read in (range statement)"),
    "aspect_means_laws": ("กฎหมายและระเบียบที่เกี่ยวข้องกับงานของหน่วย", "the laws and rules the unit's work involves"),
    "aspect_means_assessment": ("วิธีที่ผู้ประเมินใช้ตัดสินว่าผ่าน", "how the assessor decides"),
    "aspect_means_description": ("คำอธิบายว่าหน่วยนี้ครอบคลุมอะไร", "what the unit covers"),
    "aspect_means_overview": ("ภาพรวมของหน่วย", "the unit at a glance"),
    "compare_same_text": ("{a} กับ {b} เขียนไว้เหมือนกันทุกคำในเอกสาร ไม่ได้ต่างกันที่ข้อความ",
                          "{a} and {b} have exactly the same wording in the source: the text does not differ."),
    "compare_same_title": ("{a} กับ {b} ชื่อเหมือนกัน ต่างกันที่เกณฑ์เหล่านี้:",
                           "{a} and {b} have the same title; these criteria differ:"),
    "compare_same_text_where": ("ที่ต่างคือตำแหน่ง: {a} อยู่ใต้ {pa} {pa_title} ส่วน {b} อยู่ใต้ {pb} {pb_title}",
                                "What differs is where they sit: {a} under {pa} {pa_title}, {b} under {pb} "
                                "{pb_title}."),
    "compare_other_framework": ("รหัส {a} และ {b} มีใน {framework} ด้วย (เนื้อหาตามกรอบนั้น) กดปุ่มเพื่อเทียบของ {framework}",
                                "{a} and {b} exist in {framework} too, with that framework's content: press to "
                                "compare those."),
    "compare_in": ("เทียบใน {framework}", "Compare in {framework}"),
    "compare_also_in": ("ใน{framework} สองรหัสนี้คือ:", "In {framework} the two codes are:"),
    "compare_one_also_in": ("{code} มีใน{framework}ด้วย:", "{code} is also in {framework}:"),
    "compare_title_only": ("มีเพียงชื่อหน่วย", "title only"),
    "compare_elements_n": ("สมรรถนะย่อย {n} ข้อ", "{n} elements"),
    "compare_other_competency": ("คนละสมรรถนะกับ {code} ข้างบน", "not the same competency as {code} above"),
    "compare_roles": ("เทียบสิ่งที่ต้องมี", "Side by side"),
    "phases_compared": ("ตามหนังสือ ก.พ. (ข้อ ๕): {a} กับ {b}", "As the OCSC letter (clause ๕) names them: {a} and {b}"),
    "compare_phases_groups": ("{a} กับ {b} แต่ละกลุ่มมีบทบาทดังนี้:", "{a} and {b}, each group's role:"),
    "compare_new_units": ("{n} หน่วยที่{a}ไม่มี", "{n} not in {a}"),
    "compare_pick_group": ("ดูหน่วยที่ต่างกันของกลุ่มหนึ่ง พิมพ์ เช่น \"สายบริการ {a}กับ{b} ต่างกันยังไง\"",
                           "To see one group's differences, type e.g. \"service, {a} vs {b}\""),
    "compare_groups_phases": ("{a} กับ {b} ในแต่ละระยะขององค์กร:", "{a} and {b} in each phase:"),
    "compare_pick_phase": ("ดูหน่วยที่ต่างกันในระยะหนึ่ง พิมพ์ เช่น \"{a} กับ {b} ระยะเริ่มต้น ต่างกันยังไง\"",
                           "To see the units that differ in one phase, type e.g. \"{a} vs {b} early\"."),
    "compare_shared": ("หน่วยที่เหมือนกัน: {n} หน่วย", "Units in both: {n}"),
    "compare_only": ("มีเฉพาะ {who} ({n}):", "Only {who} ({n}):"),
    "found_in_criterion": ("พบในเกณฑ์ {code} \"{text}\" ของสมรรถนะย่อย {element}",
                           "found in criterion {code} \"{text}\" of element {element}"),
    "found_in_detail": ("พบใน{aspect}: \"{text}\"", "found in the {aspect}: \"{text}\""),
    "pmqa_level_up": ("จาก {start} ขึ้นเป็น {level}: ระดับ {level} ต่อยอดจาก {start} ที่ทำไว้แล้ว "
                      "สิ่งที่ต้องทำเพิ่มคือตามระดับ {level} ด้านล่าง",
                      "From {start} to {level}: {level} builds on what {start} already has; what it adds is below"),
    "pmqa_level_down": ("ระดับ {level} อยู่ต่ำกว่า {start} สิ่งที่ระดับ {level} กำหนด:",
                        "{level} is below {start}; what {level} asks:"),
    "pmqa_found_in_row": ("พบในแนวทางการดำเนินงาน {code} ระดับ {level}: \"{text}\"",
                          "Found in the guidance of {code}, level {level}: \"{text}\""),
    "pmqa_found_in_measure": ("พบในตัวชี้วัด: \"{text}\"", "Found in a measure: \"{text}\""),
    "pmqa_found_in_measure_mandatory": ("พบในตัวชี้วัด (ตัววัดบังคับ): \"{text}\"",
                                        "Found in a measure (mandatory): \"{text}\""),
    "phase_end_last": ("{phase} เป็นระยะสุดท้ายแล้ว (มีทั้งหมด {n} ระยะ) ไม่มีระยะถัดไป สิ่งที่{group}ต้องมีในระยะนี้:",
                       "The {phase_en} phase is the last of the {n} phases; there is no next one. What {group_en} "
                       "needs in it:"),
    "phase_end_first": ("{phase} เป็นระยะแรก (มีทั้งหมด {n} ระยะ) ไม่มีระยะก่อนหน้า สิ่งที่{group}ต้องมีในระยะนี้:",
                        "The {phase_en} phase is the first of the {n} phases; there is none before it. What "
                        "{group_en} needs in it:"),
    "pmqa_not_named": ("เกณฑ์หมวด {no} ไม่ได้กล่าวถึง \"{query}\" โดยตรง ประเด็นของหมวด {no} มีดังนี้",
                       "Category {no} of the criteria does not name \"{query}\" as such; its items are:"),
    "pmqa_not_named_anywhere": ("เกณฑ์ PMQA 4.0 ไม่ได้กล่าวถึง \"{query}\" โดยตรง",
                                "The PMQA 4.0 criteria do not name \"{query}\" as such."),
    "pmqa_named_most": ("เกี่ยวข้องมากที่สุด: หมวด {no} {title}", "Most closely: category {no}, {title}."),
    "pmqa_named_in": ("เกณฑ์ PMQA 4.0 กล่าวถึง \"{query}\" ใน {n} ประเด็น:",
                      "The PMQA 4.0 criteria name \"{query}\" in {n} items:"),
    "found_in_element": ("พบในสมรรถนะย่อย {code} \"{text}\"", "found in element {code} \"{text}\""),
    # PMQA category 7 indicators
    "pmqa_mandatory_total": ("ตัววัดบังคับ (มีเครื่องหมาย *) รวม {n} กลุ่ม ใน {items} ข้อย่อย:",
                             "Mandatory measure groups (marked *): {n} in {items} items:"),
    "pmqa_n_mandatory": ("บังคับ {n}", "{n} mandatory"),
    "pmqa_question_no_level": ("เอกสารไม่ได้ระบุระดับของคำถามนี้ สิ่งที่แต่ละระดับต้องทำอยู่ที่ประเด็น {item} "
                               "(กดปุ่ม {item} แล้วเลือกระดับ)",
                               "The criteria do not give this question a level; what each level asks is under item "
                               "{item} (press {item} and choose a level)."),
    "pmqa_measure_found": ("ตัววัดหมวด 7 ที่ตรงกับ \"{query}\" (* = ตัววัดบังคับ):",
                           "Category 7 measures matching \"{query}\" (* = mandatory):"),
    "pmqa_indicators_title": ("PMQA 4.0 หมวด 7 ตัวชี้วัด", "PMQA 4.0 category 7 indicators"),
    "pmqa_indicators": ("ตัวชี้วัดหมวด 7 (* = ตัววัดบังคับ):", "Category 7 indicators (* = mandatory):"),
    "pmqa_bands": ("เกณฑ์ระดับของผลลัพธ์:", "Result level thresholds:"),
    "pmqa_same_levels": ("ทุกประเด็นนี้ใช้เกณฑ์ระดับเดียวกัน ต่างกันที่ตัวชี้วัด (* = ตัววัดบังคับ):",
                         "These items share the same level criteria; they differ in their indicators (* = mandatory):"),
    "pmqa_points": ("ประเด็นที่ต้องตอบ:", "Points to answer:"),
    "pmqa_levels_of_question": ("ใช้ประเมินระดับ: {levels}", "Levels assessed: {levels}"),
}

# Labels for ids: group, phase, aspect, PMQA level; (Thai, English).
GROUP_LABELS: Mapping[str, tuple[str, str]] = {
    "Executive": ("ผู้บริหารส่วนราชการ", "Executive"),
    "Management": ("ผู้อำนวยการกอง", "Management"),
    "Academic": ("ผู้ทำงานด้านนโยบายและวิชาการ", "Academic"),
    "Service": ("ผู้ทำงานด้านบริการ", "Service"),
    "Technologist": ("ผู้ปฏิบัติงานด้านเทคโนโลยี", "Technologist"),
    "Others": ("ผู้ปฏิบัติงานกลุ่มอื่น", "Others"),
}
# Button labels fit LINE's 20 characters.
GROUP_BUTTON_LABELS: Mapping[str, tuple[str, str]] = {
    "Executive": ("ผู้บริหารส่วนราชการ", "Executive"),
    "Management": ("ผู้อำนวยการกอง", "Management"),
    "Academic": ("นโยบายและวิชาการ", "Academic"),
    "Service": ("ผู้ทำงานด้านบริการ", "Service"),
    "Technologist": ("ด้านเทคโนโลยี", "Technologist"),
    "Others": ("กลุ่มอื่น", "Others"),
}
PHASE_LABELS: Mapping[str, tuple[str, str]] = {
    "Early": ("ระยะเริ่มต้น", "Early"),
    "Developing": ("ระยะกำลังพัฒนา", "Developing"),
    "Mature": ("ระยะพัฒนาแล้ว", "Mature"),
}
ASPECT_LABELS: Mapping[str, tuple[str, str]] = {
    "overview": ("ภาพรวม", "Overview"),
    "criteria": ("เกณฑ์การปฏิบัติงาน", "Performance criteria"),
    "description": ("คำอธิบาย", "Description"),
    "evidence": ("หลักฐานที่ต้องการ", "Evidence guide"),
    "knowledge": ("ความรู้", "Knowledge"),
    "skills": ("ทักษะ", "Skills"),
    "prerequisites": ("ความรู้และทักษะก่อนหน้า", "Prerequisites"),
    "laws": ("กฎหมายที่เกี่ยวข้อง", "Related laws"),
    "range": ("ขอบเขต", "Range statement"),
    "assessment": ("วิธีการประเมิน", "Assessment"),
    "occupations": ("อาชีพที่ใช้หน่วยนี้", "Occupations"),
}
# Aspect buttons: the heading's words where they fit LINE's 20 characters, else a short paraphrase.
ASPECT_BUTTON_LABELS: Mapping[str, tuple[str, str]] = {
    **ASPECT_LABELS,
    "prerequisites": ("พื้นฐานที่ต้องมีก่อน", "Prerequisites"),
    "criteria": ("เกณฑ์", "Criteria"),
}
# Shorter still, for buttons that name a group and a phase together (≤ 20 characters with a space).
GROUP_SHORT_LABELS: Mapping[str, tuple[str, str]] = {
    "Executive": ("ผู้บริหาร", "Executive"),
    "Management": ("ผอ.กอง", "Management"),
    "Academic": ("วิชาการ", "Academic"),
    "Service": ("บริการ", "Service"),
    "Technologist": ("เทคโนโลยี", "Technologist"),
    "Others": ("กลุ่มอื่น", "Others"),
}
PHASE_SHORT_LABELS: Mapping[str, tuple[str, str]] = {
    "Early": ("เริ่มต้น", "Early"),
    "Developing": ("กำลังพัฒนา", "Developing"),
    "Mature": ("พัฒนาแล้ว", "Mature"),
}


def phrasebook(strings: Mapping[str, tuple[str, str]]) -> Callable[..., str]:
    """A ``say(key, language, **values)`` over (Thai, English) pairs: English for "en", else Thai."""

    def say(key: str, language: str, **values: object) -> str:
        th, en = strings[key]
        return (en if language == "en" else th).format(**values)

    return say


say = phrasebook(_STRINGS)


def label(table: Mapping[str, tuple[str, str]], key: str, language: str) -> str:
    """The Thai (or English) label of an id; the id itself when the table lacks it."""
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if language == "en" else pair[0]
