"""The conversations' own sentences, in Thai and English (``say(key, language, **values)``).

The standards' text (titles, criteria, evidence, PMQA questions) is never translated: only this.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.dialog.phrases import phrasebook

_STRINGS: Mapping[str, tuple[str, str]] = {
    # first contact and consent (PDPA)
    "welcome": ("สวัสดีครับ ผมคือผู้ช่วยด้านมาตรฐานสมรรถนะดิจิทัลของข้าราชการ ถามเรื่องหน่วยสมรรถนะ "
                "ทำแบบประเมินตนเอง และติดตามความก้าวหน้าได้ที่นี่",
                "Hello! I help civil servants with the digital competency standards: ask about units, "
                "take self-assessments and follow your progress here."),
    "privacy": ("ประกาศความเป็นส่วนตัว (PDPA)\n"
                "• สิ่งที่บันทึก: รหัสผู้ใช้ของแพลตฟอร์ม กลุ่มบุคลากร ระยะขององค์กร หน่วยงาน "
                "ผลแบบประเมินและแบบทดสอบ และการเตือนที่คุณตั้ง\n"
                "• เพื่อ: แนะนำหน่วยสมรรถนะที่ตรงกับคุณ เก็บผลประเมินให้ดูย้อนหลัง และส่งการเตือน\n"
                "• ใครเห็น: เจ้าหน้าที่ HR ของหน่วยงานคุณเห็นความคืบหน้าและผลประเมินของคุณเพื่อติดตามการพัฒนา "
                "หน่วยงานอื่นไม่เห็น และไม่ส่งต่อให้ผู้อื่น\n"
                "• ลบได้ทุกเมื่อ: พิมพ์ \"ลบข้อมูลของฉัน\"\n"
                "ก่อนยินยอม เราเก็บเพียงรหัสผู้ใช้ของแพลตฟอร์ม และตอบคำถามได้ตามปกติ "
                "(หัวข้อที่กำลังคุยจำไว้ในหน่วยความจำ 30 นาทีเพื่อถามต่อได้ ไม่บันทึกลงฐานข้อมูล)",
                "Privacy notice (PDPA)\n"
                "• What we store: your platform user id, person group, organisation phase, agency, your "
                "assessment and quiz results, and the reminders you set\n"
                "• Why: to suggest the units that fit you, keep your results and send your reminders\n"
                "• Who sees it: your own agency's HR officers see your progress and results to follow up on "
                "training; other agencies do not, and nothing is passed on\n"
                "• Delete it any time: type \"delete my data\"\n"
                "Until you agree we keep only your platform user id, and still answer questions (the topic at hand "
                "is held in memory for 30 minutes for follow-ups, never written down)."),
    "consent_yes": ("ยินยอม", "I agree"),
    "delete_my_data": ("ลบข้อมูลของฉัน", "Delete my data"),
    "consent_no": ("ไม่ยินยอม", "No thanks"),
    "consent_already": ("บันทึกความยินยอมไว้แล้วครับ ทำต่อได้เลย", "Your consent is already recorded: carry on."),
    "consent_kept": ("บันทึกความยินยอมไว้แล้วครับ ถามต่อได้เลย", "Your consent is already recorded: ask away."),
    "consent_given": ("ขอบคุณครับ บันทึกความยินยอมแล้ว มาตั้งค่าข้อมูลของคุณกัน",
                      "Thank you, your consent is recorded. Let's set your profile."),
    "consent_declined": ("ได้ครับ จะไม่บันทึกข้อมูลของคุณ ถามเรื่องมาตรฐานได้ตามปกติ",
                         "OK, nothing about you will be stored. You can still ask about the standards."),
    "consent_needed": ("ถ้าต้องการให้บันทึกผลและข้อมูลของคุณ กรุณายินยอมตามประกาศความเป็นส่วนตัวก่อน",
                       "To keep your results and profile, please agree to the privacy notice first."),
    "consent_needed_brief": ("ส่วนนี้ต้องบันทึกข้อมูลของคุณ จึงต้องได้รับความยินยอมก่อนครับ (ตามประกาศความเป็นส่วนตัวที่ส่งไปก่อนหน้า) "
                             "กด \"ยินยอม\" แล้วทำต่อได้เลย",
                             "This needs to keep your data, so your consent comes first (the privacy notice sent just "
                             "before). Press \"I agree\" and we go on."),
    "consent_to_save_group": ("ขอบคุณครับ จะบันทึกว่าคุณอยู่กลุ่ม{group} ได้เมื่อได้รับความยินยอมก่อน (ตามประกาศความเป็นส่วนตัว"
                              "ที่ส่งไปก่อนหน้า) กด \"ยินยอม\" แล้วบันทึกให้ทันที",
                              "Thank you. I can note that you are in the {group} group once you agree (the privacy "
                              "notice sent just before): press \"I agree\" and it is saved."),
    "consent_to_save_profile": ("ขอบคุณครับ จะบันทึกข้อมูลของคุณได้เมื่อได้รับความยินยอมก่อน (ตามประกาศความเป็นส่วนตัวที่ส่งไป"
                                "ก่อนหน้า) กด \"ยินยอม\" แล้วตั้งค่าข้อมูลต่อได้เลย",
                                "Thank you. I can keep your profile once you agree (the privacy notice sent just "
                                "before): press \"I agree\" and we set it up."),
    "no_results_deleted": ("ตอนนี้ไม่มีผลประเมิน การเตือน หรือข้อมูลใด ๆ ของคุณเก็บไว้แล้ว เพราะลบไปตามที่คุณขอ "
                           "(ลบแล้วกู้คืนไม่ได้) ถ้าต้องการเริ่มใหม่ กด \"ยินยอม\" แล้วทำแบบประเมินตนเองได้เลย",
                           "No results, reminders or other data of yours are kept any more: they were deleted as you "
                           "asked (a deletion cannot be undone). To start again, press \"I agree\", then take a "
                           "self-assessment."),
    "no_results_yet": ("ยังไม่มีผลประเมินของคุณเก็บไว้ เพราะก่อนยินยอมจะไม่บันทึกผลใด ๆ ถ้าต้องการเริ่ม กด \"ยินยอม\" "
                       "แล้วทำแบบประเมินตนเองได้เลย",
                       "No results of yours are kept: nothing is recorded before you agree. To start, press "
                       "\"I agree\", then take a self-assessment."),
    "consent_reoffer": ("ต้องการให้ช่วยบันทึกผลและแนะนำตามตำแหน่งของคุณไหม กด \"ยินยอม\" ได้เลย",
                        "Want me to keep your results and advise you by role? Press \"I agree\"."),
    # profile
    "set_profile": ("ตั้งค่าข้อมูลของฉัน", "Set my profile"),
    "ask_group": ("คุณอยู่กลุ่มบุคลากรไหน", "Which group are you in?"),
    "ask_which_group": ("งานบริหารในหนังสือ ก.พ. แบ่งเป็น 2 กลุ่ม คือ {groups} คุณอยู่กลุ่มไหนครับ",
                        "In the OCSC letter, management work is two groups: {groups}. Which one are you in?"),
    "groups_and": (" กับ ", " and "),
    "ask_phase": ("หน่วยงานของคุณอยู่ในระยะไหนของการเป็นองค์กรดิจิทัล",
                  "Which phase of digital development is your organisation in?"),
    "ask_agency": ("พิมพ์ชื่อหน่วยงานของคุณ (เช่น กรมสรรพากร) หรือกด \"ข้าม\"",
                   "Type the name of your agency (e.g. the Revenue Department) or press \"Skip\"."),
    "profile_saved": ("บันทึกแล้ว", "Saved."),
    "where_to_submit": ("มาตรฐานและรายละเอียดหน่วยสมรรถนะบอกว่าต้องใช้หลักฐานอะไร แต่ไม่ได้ระบุว่าต้องส่งที่ไหนหรือส่งให้ใคร "
                        "เรื่องนี้หน่วยงานของคุณเป็นผู้กำหนด สอบถามเจ้าหน้าที่ HR ได้ กด \"คุยกับเจ้าหน้าที่ HR\" "
                        "เพื่อส่งคำถามถึงเจ้าหน้าที่ในแชตนี้",
                        "The standard and the unit documents say what evidence is needed, but not where or to whom "
                        "to send it: your agency decides that. Ask your HR staff: press \"Talk to HR\" to send them "
                        "your question in this chat."),
    "talk_to_hr": ("คุยกับเจ้าหน้าที่ HR", "Talk to HR"),
    "evidence_of_unit": ("หลักฐานของ {code}", "{code} evidence"),
    "profile_skipped": ("ข้ามไปก่อน ตั้งค่าข้อมูลของคุณได้ทุกเมื่อ ถามเรื่องมาตรฐานได้เลย",
                        "Skipped for now: set your profile any time. Ask about the standards."),
    "group_from_work": ("บันทึกกลุ่มของคุณแล้ว: {work} → {group}", "Group saved: {work} → {group}."),
    "group_offer": ("{work} อยู่กลุ่ม{group} กดเพื่อตั้งเป็นกลุ่มของคุณ",
                    "{work} is in the {group} group: press to make it yours."),
    "hello_introduced": ("สวัสดีครับ ยินดีที่ได้รู้จัก", "Hello, nice to meet you."),
    "group_named_see": ("จากที่เล่ามา น่าจะอยู่กลุ่ม{group} กดเพื่อดูสิ่งที่กลุ่มนี้ต้องมี",
                        "From what you said, that is the {group} group: press to see what it needs."),
    "group_offer_see": ("{work} อยู่กลุ่ม{group} กดเพื่อดูสิ่งที่กลุ่มนี้ต้องมี",
                        "{work} is in the {group} group: press to see what it needs."),
    "change_group": ("เปลี่ยนกลุ่ม", "Change group"),
    "group_open": ("ประกาศ ก.พ. ไม่ได้กำหนดว่า{work} อยู่ในกลุ่มใด กลุ่มขึ้นกับหน้าที่และลักษณะงานที่ทำเป็นหลัก "
                   "เลือกกลุ่มที่ตรงกับงานของคุณ:",
                   "The OCSC letter does not place {work} in one group: the group follows what you mainly do. "
                   "Pick the one that fits your work:"),
    "group_by_duty": ("ประกาศ ก.พ. จัดกลุ่มตามหน้าที่และลักษณะงานที่ทำเป็นหลัก ไม่ใช่ตามชื่อตำแหน่ง "
                      "เลือกกลุ่มที่ตรงกับงานส่วนใหญ่ของคุณ:",
                      "The OCSC letter sorts people by their duties and the work they mainly do, not by job title. "
                      "Pick the group closest to most of your work:"),
    "group_unsure": ("ยังไม่แน่ใจว่าคุณอยู่กลุ่มไหน เลือกจากปุ่มด้านล่าง (กลุ่มขึ้นกับหน้าที่และลักษณะงานที่ทำเป็นหลัก):",
                     "I could not tell which group that is. Pick one below (the group follows what you mainly do):"),
    "phase_unsure": ("ยังไม่แน่ใจว่าหน่วยงานของคุณอยู่ระยะไหน เลือกจากปุ่มด้านล่าง หรือกด \"ระยะต่างกันอย่างไร\"",
                     "I could not tell which phase that is. Pick one below, or press \"How do the phases differ\"."),
    "phases_differ": ("ระยะต่างกันอย่างไร", "How do the phases differ"),
    "group_does_Executive": ("ผู้บริหารส่วนราชการ", "heads of agencies"),
    "group_does_Management": ("ผู้อำนวยการกองหรือผู้บริหารกอง", "division directors"),
    "group_does_Academic": ("วิเคราะห์และใช้ข้อมูลเพื่อเสนอทางเลือกเชิงนโยบาย แผนงาน โครงการ หรือข้อเสนอทางวิชาการ",
                            "analyse and use data for policy options, plans, projects or research proposals"),
    "group_does_Service": ("ให้บริการ ช่วยเหลือ หรืออำนวยความสะดวกแก่ประชาชนหรือผู้รับบริการทั้งภายในและภายนอกหน่วยงาน",
                           "serve, help or assist the public or service users inside and outside the agency"),
    "group_does_Technologist": ("พัฒนาและดูแลเทคโนโลยีดิจิทัลของหน่วยงาน", "develop and run the agency's digital technology"),
    "group_does_Others": ("ใช้เทคโนโลยีดิจิทัลในการบริหารจัดการงานที่ได้รับมอบหมาย",
                          "use digital technology to manage the work assigned to you"),
    "profile": ("ข้อมูลของคุณ\n• กลุ่ม: {group}\n• ระยะขององค์กร: {phase}\n• หน่วยงาน: {agency}",
                "Your profile\n• Group: {group}\n• Organisation phase: {phase}\n• Agency: {agency}"),
    "profile_none": ("ยังไม่ได้ระบุ", "not set"),
    "what_i_need": ("สิ่งที่ต้องมี", "What I need"),
    "change_profile": ("แก้ไขข้อมูล", "Edit profile"),
    # questionnaires (shared)
    "skip": ("ข้าม", "Skip"),
    "back": ("ย้อนกลับ", "Back"),
    "stop": ("หยุดไว้ก่อน", "Stop for now"),
    "continue": ("ทำต่อ", "Continue"),  # a self-assessment, a knowledge quiz or a PMQA check alike
    "run_waiting": ("ยังทำค้างอยู่ที่ข้อ {at}/{of} พิมพ์คำตอบของข้อนั้นได้เลย หรือกด \"ทำต่อ\" เพื่อดูคำถามอีกครั้ง",
                    "Still open at question {at}/{of}: type its answer, or press \"Continue\" to see it again."),
    "stopped": ("หยุดไว้ก่อนแล้ว คำตอบที่ทำไปถูกบันทึกไว้ พิมพ์ \"ทำต่อ\" หรือกดปุ่มเพื่อทำต่อ",
                "Stopped. Your answers so far are saved: type \"continue\" or press the button to go on."),
    "cancelled": ("ยกเลิกแล้ว ถามใหม่ได้ทุกเมื่อ", "Cancelled. Ask again any time."),
    "discard_confirm": ("ยกเลิกแบบประเมินนี้ใช่ไหม ถ้ายกเลิก คำตอบที่ทำไปในรอบนี้จะไม่ถูกนับ "
                        "(ถ้าแค่อยากพักไว้ พิมพ์ \"หยุด\" แล้วพิมพ์ \"ทำต่อ\" เมื่อพร้อม)",
                        "Cancel this quiz? The answers of this round will not count "
                        "(to pause instead, type \"stop\" and \"continue\" when ready)."),
    "discard": ("ยืนยันยกเลิก", "Yes, cancel it"),
    "discarded": ("ยกเลิกแบบประเมินแล้ว เริ่มใหม่ได้ทุกเมื่อ", "Quiz cancelled. Start again any time."),
    "tests_explained": ("แบบทดสอบความรู้มี 5 ข้อ แต่ละข้อเลือกตอบ ก–ง (เกณฑ์อยู่ในสมรรถนะย่อยใด หรือชื่อหน่วยคือรหัสใด) "
                        "ใช้ทบทวนตัวเอง ไม่ได้กำหนดคะแนนผ่าน ส่วนแบบประเมินตนเองถามทีละเกณฑ์ของหน่วยที่เลือก ให้ระดับ 1–4 "
                        "(เช่น DS700 มี 12 เกณฑ์) ทั้งสองแบบกด \"หยุดไว้ก่อน\" แล้วพิมพ์ \"ทำต่อ\" ได้ทุกเมื่อ",
                        "The knowledge quiz has 5 questions, each answered ก–ง (which element a criterion belongs "
                        "to, or which code a unit's title is); it is for revision and has no pass mark. The "
                        "self-assessment asks each criterion of the unit you pick, rated 1–4 (DS700 has 12). Both "
                        "can be paused and continued at any time."),
    "nothing_to_resume": ("ไม่มีแบบทดสอบหรือแบบประเมินที่ค้างไว้ เริ่มชุดใหม่ได้เลย",
                          "There is no quiz or assessment left open; start a new one."),
    "stale": ("ปุ่มนี้ใช้ไม่ได้แล้ว (คำถามนี้ตอบไปแล้วหรือแบบประเมินจบแล้ว)",
              "That button is no longer valid (the question was answered or the quiz has ended)."),
    "reminder_gone": ("ปุ่มนี้ใช้ไม่ได้แล้ว การเตือนนี้ถูกยกเลิกหรือเปลี่ยนไปแล้ว",
                      "That button no longer applies: the reminder was cancelled or changed."),
    "unknown_button": ("ขออภัย ไม่เข้าใจปุ่มนี้ ลองพิมพ์คำถามได้เลย",
                       "Sorry, I don't recognise that button. Type your question instead."),
    "progress_n": ("ข้อ {n}/{total}", "Question {n}/{total}"),
    "answer_hint": ("ยังไม่ได้บันทึกคำตอบ กดปุ่มคำตอบ หรือพิมพ์หมายเลข 1-{n} (พิมพ์ \"ข้าม\" หรือ \"หยุด\" ได้)",
                    "No answer recorded yet: press an answer or type its number, 1-{n} (or \"skip\" / \"stop\")."),
    "answer_unsure": ("ยังไม่ได้บันทึกคำตอบข้อนี้ ไม่แน่ใจก็ไม่เป็นไรครับ พิมพ์ \"ข้าม\" เพื่อข้ามไปก่อน "
                      "(ข้อที่ข้ามนับว่ายังไม่ได้ตอบ) หรือกดคำตอบที่ใกล้เคียงที่สุด",
                      "Nothing is recorded for this question, and not being sure is fine: type \"skip\" to leave it "
                      "for now (a skipped question counts as not answered), or press the closest answer."),
    "answer_told": ("ขอบคุณที่เล่าให้ฟังครับ ยังไม่ได้บันทึกคำตอบข้อนี้ เลือกระดับที่ใกล้เคียงกับงานที่ทำอยู่ที่สุด "
                    "(กดปุ่ม หรือพิมพ์หมายเลข 1-{n}) หรือพิมพ์ \"ข้าม\" เพื่อข้ามไปก่อน",
                    "Thanks for telling me. Nothing is recorded for this question yet: pick the level closest to the "
                    "work you do (press it or type 1-{n}), or type \"skip\" to leave it for now."),
    "answer_hint_letters": ("ยังไม่ได้บันทึกคำตอบ กดปุ่มคำตอบ หรือพิมพ์ {letters} (หรือหมายเลข 1-{n}) "
                            "(พิมพ์ \"ข้าม\" หรือ \"หยุด\" ได้)",
                            "No answer recorded yet: press an answer or type {letters} (or 1-{n}; "
                            "\"skip\" / \"stop\" work too)."),
    "sources_of_last": ("ที่มาของคำตอบก่อนหน้า:", "Where the last answer comes from:"),
    "assess_framework": ("แบบประเมินนี้คือหน่วย {code} {title} ตาม{framework}",
                         "This assessment is unit {code} {title} of the {framework}."),
    "assess_explain": ("เกณฑ์ {code} เป็นหนึ่งในเกณฑ์ของสมรรถนะย่อย {element} {element_title} "
                       "(หน่วย {unit} {unit_title}):",
                       "Criterion {code} is one of the criteria of element {element} {element_title} "
                       "(unit {unit} {unit_title}):"),
    "assess_explain_unit": ("หลักฐาน ความรู้ และทักษะของหน่วย {unit}: กดปุ่มด้านล่าง แล้วตอบข้อนี้ต่อได้เลย",
                            "Evidence, knowledge and skills of {unit}: press below, then answer on."),
    "pmqa_explain": ("คำถาม {code} อยู่ในประเด็น {item} {title} เกณฑ์ที่เกี่ยวข้อง:",
                     "Question {code} belongs to item {item} {title}. What the criteria ask:"),
    "typed_recorded": ("บันทึกคำตอบเป็น {label}", "Recorded as {label}."),
    "resume_from": ("ทำต่อจากข้อ {n}/{total}", "Continuing from question {n}/{total}."),
    # self-assessment
    "assess_title": ("แบบประเมินตนเอง หน่วย {code} {title}", "Self-assessment: unit {code} {title}"),
    "assess_intro": ("เริ่มประเมินตนเองหน่วย {code}: {n} เกณฑ์ เลือกระดับที่ตรงกับคุณทีละข้อ "
                     "กด \"ข้าม\" หรือ \"หยุดไว้ก่อน\" ได้ทุกเมื่อ แล้วพิมพ์ \"ทำต่อ\" เพื่อกลับมาทำต่อ",
                     "Self-assessment of {code}: {n} criteria, one at a time. Skip or stop any time; "
                     "type \"continue\" to come back."),
    "assess_from_element": ("เริ่มจากเกณฑ์ของสมรรถนะย่อย {element} ก่อน แล้วต่อด้วยเกณฑ์อื่นของหน่วย {code} "
                            "(หยุดไว้ก่อนได้เมื่อทำครบ {element})",
                            "{element}'s criteria come first, then the rest of {code} (stop once {element} is done "
                            "if you like)."),
    "assess_criterion": ("สมรรถนะย่อย {element} {element_title}\nเกณฑ์ {code}: {text}\n\nคุณทำสิ่งนี้ได้ระดับไหน",
                         "Element {element} {element_title}\nCriterion {code}: {text}\n\nHow well can you do this?"),
    "rate_1": ("ยังทำไม่ได้", "Not yet"),
    "rate_2": ("ทำได้บ้าง", "Partly"),
    "rate_3": ("ทำได้ดี", "Well"),
    "rate_4": ("คล่อง สอนผู้อื่นได้", "Expert, can teach"),
    "assess_no_criteria": ("หน่วย {code} ไม่มีเกณฑ์ในเอกสารให้ประเมิน", "Unit {code} has no criteria to assess."),
    "assess_pick": ("เลือกหน่วยที่ต้องการประเมินตนเอง:", "Pick a unit to assess yourself on:"),
    "assess_pick_n": ("เลือกหน่วยที่ต้องการประเมินตนเอง ({n} หน่วยของตำแหน่งคุณ):",
                      "Pick a unit to assess yourself on ({n} units of your role):"),
    "assess_pick_page": ("หน่วยที่ {first}–{last} จาก {n}:", "Units {first}–{last} of {n}:"),
    "assess_pick_rest": ("และอีก {n} หน่วย: {codes}", "and {n} more: {codes}"),
    "see_more": ("ดูเพิ่ม ({page}/{pages})", "More ({page}/{pages})"),
    "assess_pick_all": ("เลือกหน่วยประเมิน", "Pick a unit"),
    "assess_pick_topic": ("เรื่องนี้อยู่ในหลายหน่วย เลือกหน่วยที่ต้องการประเมินตนเอง:",
                          "This topic is in several units; pick the one to assess yourself on:"),
    "assess_topic_none": ("หน่วยที่ตรงกับเรื่องนี้ ({codes}) เอกสารระบุเพียงชื่อหน่วย ยังไม่มีเกณฑ์ให้ประเมินตนเอง",
                          "The units on this topic ({codes}) are named in the documents without criteria yet: there "
                          "is nothing to assess yourself against."),
    "assess_pick_type": ("หรือพิมพ์รหัสหน่วยที่ต้องการ เช่น DS700", "Or type the unit's code, e.g. DS700."),
    "assess_pick_none": ("บอกรหัสหน่วยที่ต้องการประเมิน เช่น \"ทำแบบประเมิน DL200\" หรือตั้งค่าข้อมูลของคุณ "
                         "เพื่อให้แนะนำหน่วยตามตำแหน่ง",
                         "Tell me which unit, e.g. \"start self assessment DL200\", or set your profile so "
                         "I can suggest the units of your role."),
    "assess_done": ("ประเมินหน่วย {code} {title} เสร็จแล้ว (ตอบ {answered}/{total} เกณฑ์)",
                    "Self-assessment of {code} {title} done ({answered}/{total} criteria answered)."),
    "assess_so_far": ("ผลประเมินหน่วย {code} {title} จากที่ตอบไปแล้ว {answered}/{total} เกณฑ์ (ยังเหลืออีก {left} ข้อ "
                      "กด \"ทำต่อ\" เพื่อทำให้ครบ)",
                      "Self-assessment of {code} {title} so far: {answered}/{total} criteria answered ({left} to go; "
                      "press \"Continue\" to finish it)."),
    "begin_with": ("หน่วยที่แนะนำให้เริ่ม สำหรับ{group} ในองค์กร{phase} (ยังไม่ได้ประเมิน {left} จาก {n} หน่วย):",
                   "Units to begin with, for {group} in a {phase} organisation ({left} of {n} not assessed yet):"),
    "begin_why": ("เอกสารไม่ได้กำหนดลำดับหรือความสำคัญไว้ ทุกหน่วยของกลุ่มและระยะคุณจำเป็นเท่ากัน "
                  "ข้อแนะนำคือเริ่มจากหน่วยด้านความเข้าใจและใช้เทคโนโลยีดิจิทัล "
                  "(Digital Literacy, รหัส DLit) ที่ใช้กับงานทั่วไป แล้วต่อด้วยหน่วยเฉพาะงานของกลุ่มคุณ "
                  "กดปุ่มเพื่อประเมินตนเองหน่วยนั้น หรือพิมพ์รหัสหน่วย",
                  "The documents set no order or priority (every unit of your group and phase is needed alike); "
                  "a suggestion: begin with the Digital Literacy units (DLit), used in "
                  "everyday work, then the units of your own group. Press one to assess yourself on it, or type its "
                  "code."),
    "begin_all_done": ("คุณประเมินตนเองครบทุกหน่วยของตำแหน่งแล้ว ดูผลและจุดที่ควรพัฒนาได้ที่ \"ความก้าวหน้าของคุณ\"",
                       "You have assessed every unit of your role: see your results and what to develop in "
                       "\"Your progress\"."),
    "begin_needs_profile": ("บอกกลุ่มบุคลากรและระยะขององค์กรของคุณก่อน แล้วจะแนะนำหน่วยที่ควรเริ่มตามตำแหน่ง",
                            "Tell me your group and your organisation's phase first, and I will suggest the units "
                            "to begin with."),
    "assess_strong": ("จุดแข็ง:", "Strengths:"),
    "assess_weak": ("ควรพัฒนา:", "To develop:"),
    "assess_none_answered": ("ยังไม่ได้ตอบเกณฑ์ใดเลย", "No criterion was answered."),
    "assess_evidence": ("หลักฐานที่ควรเตรียม:", "Evidence to prepare:"),
    "assess_evidence_generic": ("หลักฐานที่ควรเตรียม: ผลงานหรือเอกสารที่แสดงว่าทำได้ตามเกณฑ์ที่ยังอ่อน",
                                "Evidence to prepare: work or documents showing you meet the weaker criteria."),
    "set_reminder": ("ตั้งเตือนส่งหลักฐาน", "Evidence reminder"),
    "retake": ("ประเมินใหม่", "Retake"),
    # knowledge quiz
    "quiz_title": ("แบบทดสอบความรู้ {n} ข้อ", "Knowledge quiz, {n} questions"),
    "quiz_q_element": ("เกณฑ์ \"{text}\" อยู่ในสมรรถนะย่อยใด", "Which element does the criterion \"{text}\" belong to?"),
    "quiz_q_unit": ("หน่วยสมรรถนะ \"{title}\" คือรหัสใด", "Which code is the unit \"{title}\"?"),
    "quiz_q_element_code": ("สมรรถนะย่อย \"{title}\" คือรหัสใด", "Which code is the element \"{title}\"?"),
    "quiz_few": ("หน่วย {code} มีเนื้อหาให้ถามได้ {n} ข้อ จึงถามเท่านี้ หน่วยที่เกี่ยวข้องทดสอบต่อได้จากปุ่มท้ายแบบทดสอบ",
                 "Unit {code} has enough content for {n} questions only; related units are offered at the end."),
    "quiz_none": ("หน่วย {code} มีสมรรถนะย่อยไม่พอจะตั้งคำถามเฉพาะหน่วยนี้ ลองหน่วยที่เกี่ยวข้องแทนได้:",
                  "Unit {code} has too little content for a quiz of its own; try a related unit:"),
    "quiz_none_alone": ("หน่วย {code} มีสมรรถนะย่อยไม่พอจะตั้งคำถามเฉพาะหน่วยนี้ ทำแบบทดสอบรวมทุกหน่วยแทนได้",
                        "Unit {code} has too little content for a quiz of its own; try the quiz on all units."),
    "quiz_related": ("หน่วยที่เกี่ยวข้องทดสอบต่อได้:", "Related units to try next:"),
    "quiz_unit_button": ("ทดสอบ {code}", "Quiz {code}"),
    "quiz_all_button": ("ทดสอบรวมทุกหน่วย", "Quiz on all units"),
    "quiz_right": ("ถูกต้อง", "Correct."),
    "quiz_wrong": ("ยังไม่ถูก คำตอบคือ {answer}", "Not quite: the answer is {answer}."),
    "quiz_so_far": ("ตอนนี้ตอบถูก {right} จาก {answered} ข้อที่ตอบแล้ว (แบบทดสอบมี {total} ข้อ ยังเหลืออีก {left} ข้อ "
                    "กด \"ทำต่อ\" เพื่อทำให้ครบ)",
                    "So far {right} right of the {answered} answered (the quiz has {total}; {left} to go: press "
                    "\"Continue\" to finish it)."),
    "quiz_score": ("ได้ {score}/{total} คะแนน", "Score: {score}/{total}."),
    "quiz_review": ("ข้อที่ควรทบทวน (คำตอบที่ถูก):", "To go over (the right answers):"),
    "quiz_review_item": ("• ข้อ {n}: {answer}", "• Q{n}: {answer}"),
    "quiz_read_unit": ("อ่าน {code}", "Read {code}"),
    "quiz_again": ("ทำแบบทดสอบอีกครั้ง", "Another quiz"),
    "knowledge_quiz": ("แบบทดสอบความรู้", "Knowledge quiz"),
    "self_assessment": ("ประเมินตนเอง", "Self-assessment"),
    "pmqa_check": ("ประเมินความพร้อม PMQA", "PMQA readiness"),
    # PMQA readiness
    "pmqa_pick": ("เลือกหมวดของเกณฑ์ PMQA 4.0 ที่ต้องการประเมินความพร้อม:",
                  "Pick a PMQA 4.0 category to check your readiness on:"),
    "pmqa_no_questions": ("หมวด {no} ไม่มีคำถามประเมินตนเองในเอกสาร",
                          "Category {no} has no self-assessment questions in the deck."),
    "pmqa_title": ("ประเมินความพร้อม PMQA 4.0 หมวด {no} {title} ({n} คำถาม)",
                   "PMQA 4.0 readiness, category {no} {title} ({n} questions)"),
    "pmqa_q": ("ประเด็น {item} {item_title}\nคำถาม {code}: {text}\n\nหน่วยงานของคุณทำแล้วหรือยัง",
               "Item {item} {item_title}\nQuestion {code}: {text}\n\nHas your organisation done this?"),
    "pmqa_q_fill": ("ประเด็น {item} {item_title}\nคำถาม {code} (ข้อนี้ให้ระบุข้อมูลลงในช่องว่าง):\n{text}\n\n"
                    "หน่วยงานของคุณมีข้อมูลที่จะกรอกข้อนี้แล้วหรือยัง",
                    "Item {item} {item_title}\nQuestion {code} (to fill in):\n{text}\n\n"
                    "Does your organisation have the information to fill this in?"),
    "pmqa_fill_2": ("มีข้อมูลครบ", "Have it all"),
    "pmqa_fill_1": ("มีบางส่วน", "Some of it"),
    "pmqa_fill_0": ("ยังไม่มี", "Not yet"),
    "pmqa_missing_for": ("  ที่ยังขาดสำหรับระดับ {level}:", "  Missing for {level}:"),
    "pmqa_next_level_means": ("  ระดับ {level} หมายถึง: {text}", "  {level} means: {text}"),
    "pmqa_2": ("ทำแล้ว", "Done"),
    "pmqa_1": ("ทำบางส่วน", "Partly"),
    "pmqa_0": ("ยังไม่ได้ทำ", "Not yet"),
    "pmqa_done": ("ผลประเมินความพร้อม หมวด {no} {title}", "Readiness, category {no} {title}"),
    "pmqa_item_line": ("ประเด็น {code} {title}: ทำแล้ว {done} บางส่วน {partly} ยังไม่ได้ทำ {no} (จาก {n})",
                       "Item {code} {title}: done {done}, partly {partly}, not yet {no} (of {n})"),
    "pmqa_level_line": ("  {level}: ทำแล้ว {done}/{n}", "  {level}: done {done}/{n}"),
    "pmqa_reached": ("  ถึงระดับ {level}", "  reaches {level}"),
    "pmqa_not_reached": ("  ยังไม่ถึงระดับ Basic", "  not yet at Basic"),
    "pmqa_missing": ("  ที่ยังขาด (ยังไม่ได้ทำหรือทำบางส่วน):", "  Still missing (not yet or partly done):"),
    "pmqa_missing_more": ("    และอีก {n} ข้อ", "    and {n} more"),
    "pmqa_untagged": ("  (คำถามไม่ได้ระบุระดับ เทียบเองกับระดับ Basic: {basic})",
                      "  (the questions carry no level; compare with Basic: {basic})"),
    # progress
    "progress_title": ("ความก้าวหน้าของคุณ", "Your progress"),
    "progress_none": ("ยังไม่มีผลประเมิน ลองเริ่มทำแบบประเมินตนเองได้เลย",
                      "No results yet: start a self-assessment."),
    "progress_assessments": ("แบบประเมินของคุณ:", "Your assessments:"),
    "progress_attempt": ("• {date} {code} เฉลี่ย {mean}/4 ({answered} เกณฑ์) ควรพัฒนา {gaps} เกณฑ์",
                         "• {date} {code} mean {mean}/4 ({answered} criteria), {gaps} to develop"),
    "progress_pmqa": ("• {date} PMQA หมวด {code}: ทำแล้ว {done}/{n}", "• {date} PMQA category {code}: done {done}/{n}"),
    "progress_open": ("• {code} ยังทำไม่เสร็จ (ตอบแล้ว {answered} เกณฑ์)",
                      "• {code} unfinished ({answered} criteria answered)"),
    "progress_open_pmqa": ("• ประเมินความพร้อม PMQA หมวด {code} ยังทำไม่เสร็จ (ตอบแล้ว {answered} คำถาม)",
                           "• PMQA readiness check, category {code}: unfinished ({answered} questions answered)"),
    "progress_quizzes": ("แบบทดสอบความรู้:", "Knowledge quizzes:"),
    "progress_quiz": ("• {date} {what} ได้ {score}/{total}", "• {date} {what}: scored {score}/{total}"),
    "quiz_all_units": ("ทุกหน่วย", "all units"),
    "progress_lacks": ("หน่วยที่ตำแหน่งของคุณยังไม่ได้ประเมิน ({n}):", "Units your role still lacks ({n}):"),
    "progress_role_done": ("ประเมินครบทุกหน่วยของตำแหน่งแล้ว", "Every unit of your role is assessed."),
    "progress_no_profile": ("ตั้งค่าข้อมูลของคุณเพื่อดูว่าตำแหน่งยังขาดหน่วยใด",
                            "Set your profile to see what your role still lacks."),
    # delete
    "delete_ask": ("ต้องการลบข้อมูลทั้งหมดของคุณใช่ไหม (ข้อมูลส่วนตัว ผลประเมิน การเตือน) ลบแล้วกู้คืนไม่ได้",
                   "Delete all your data (profile, results, reminders)? This cannot be undone."),
    "delete_what": ("ที่จะถูกลบ: ข้อมูลส่วนตัว (กลุ่ม ระยะ หน่วยงาน และความยินยอม) ผลแบบประเมินและแบบทดสอบทั้งหมด "
                    "การเตือนและกำหนดส่งหลักฐาน และข้อความที่ค้างส่งถึงคุณ ที่เหลือไว้มีเพียงสถิติรวมที่ไม่ระบุตัวตน "
                    "ลบแล้วกู้คืนไม่ได้ ต้องการลบไหม",
                    "What is deleted: your profile (group, phase, agency and consent), every self-assessment and quiz "
                    "result, your reminders and evidence deadlines, and messages waiting to reach you. Only anonymous "
                    "totals remain. It cannot be undone. Delete?"),
    "delete_yes": ("ยืนยันลบข้อมูล", "Yes, delete"),
    "delete_no": ("ไม่ลบ", "Keep it"),
    "delete_how": ("ลบได้ทุกเมื่อครับ พิมพ์ \"ลบข้อมูลของฉัน\" (หรือกดปุ่มด้านล่าง) แล้วกดยืนยัน ระบบจะลบข้อมูลส่วนตัว "
                   "ผลประเมิน และการเตือนทั้งหมด ลบแล้วกู้คืนไม่ได้",
                   "Any time: type \"delete my data\" (or press below) and confirm. Your profile, results and "
                   "reminders are deleted; it cannot be undone."),
    "delete_ask_again": ("ปุ่มนั้นเป็นของคำถามก่อนหน้า ยังไม่ได้ลบอะไร",
                         "That button was for an earlier question: nothing was deleted."),
    "delete_done": ("ลบข้อมูลของคุณเรียบร้อยแล้ว ({n} รายการ) กู้คืนไม่ได้ เหลือเพียงสถิติรวมที่ไม่ระบุตัวตน "
                    "ถ้าจะใช้ต่อ ยินยอมและตั้งค่ากลุ่มใหม่ได้เสมอ",
                    "Your data is deleted ({n} records) and cannot be restored; only anonymous totals remain. "
                    "To go on, consent and set your group again at any time."),
    "delete_kept": ("ไม่ได้ลบอะไร ข้อมูลของคุณยังอยู่", "Nothing was deleted."),
    # reminders: {what} names what the person named, a unit or one of its elements
    "reminder_which_framework": ("{code} มีทั้งใน {chosen} และ {others}: รายการนี้ตั้งตาม {chosen} ถ้าหมายถึงของ {others} "
                                 "กดปุ่ม \"ใช้ของ {others}\"",
                                 "{code} is in both the {chosen} and the {others}: this is the {chosen} one. If you "
                                 "meant the {others} one, press the button below."),
    "reminder_use_framework": ("ใช้ของ {framework}", "Use the {framework} one"),
    "reminder_unit": ("หน่วย {code}", "{code}"),
    "reminder_element": ("สมรรถนะย่อย {code} {title} (หน่วย {unit})", "element {code} {title} (unit {unit})"),
    "reminder_ask_date": ("ต้องการให้เตือนส่งหลักฐาน{what} ภายในวันไหน พิมพ์วันที่ (เช่น 15 ธ.ค. 2569) "
                          "หรือเลือก:",
                          "By which date should the evidence for {what} be ready? Type a date "
                          "(e.g. 15 Dec 2026) or pick:"),
    "reminder_confirm": ("ตั้งเตือนส่งหลักฐาน{what} กำหนดวันที่ {date} ({when}) ยืนยันไหม",
                         "Set an evidence deadline for {what} on {date} ({when})?"),
    "reminder_when_before": ("ก่อน {days}", "{days} before"),
    "reminder_when_day": ("ในวันนั้น", "on the day"),
    "reminder_when": ("เตือน{parts}", "reminders {parts}"),
    "reminder_when_and": (" และ", ", and "),
    "reminder_at": ("เวลา {at} น.", "at {at}"),
    "reminder_when_none": ("เลยเวลาเตือนของวันนั้นแล้ว", "too late for any reminder"),
    "confirm": ("ยืนยัน", "Confirm"),
    "reminder_set": ("ตั้งเตือนแล้ว: {what} วันที่ {date}", "Reminder set: {what} on {date}."),
    "reminder_no_date_yet": ("ยังไม่ได้ระบุวันที่", "No date yet."),
    "reminder_list_button": ("ดูเตือนทั้งหมด", "All reminders"),
    "reminder_cancel_this": ("ยกเลิกเตือนนี้", "Cancel this one"),
    "start_lead": ("ไม่เป็นไรครับ เริ่มเตรียมหน่วย {code} {title} ได้ทีละขั้น:",
                   "No problem: prepare {code} {title} step by step:"),
    "start_evidence": ("ดูว่าต้องส่งหลักฐานอะไรบ้าง", "See what evidence to submit"),
    "start_assess": ("ประเมินตนเองตามเกณฑ์ {n} ข้อ เพื่อดูว่ายังขาดตรงไหน",
                     "Assess yourself against its {n} criteria to see what is missing"),
    "start_knowledge": ("ทบทวนความรู้ที่หน่วยนี้ต้องใช้", "Review the knowledge it needs"),
    "start_knowledge_button": ("ความรู้ที่ต้องมี", "Knowledge needed"),
    "reminder_evidence_of": ("ดูหลักฐาน {code}", "{code} evidence"),
    "reminder_assess": ("ประเมินตนเอง {code}", "Assess {code}"),
    "reminder_need_unit": ("ต้องการตั้งเตือนส่งหลักฐานของหน่วยไหน เช่น \"เตือนส่งหลักฐาน DL200 วันที่ 15 ธ.ค. 2569\"",
                           "Which unit? e.g. \"remind me of DL200 evidence on 15 Dec 2026\""),
    "reminder_too_far": ("วันที่นั้นไกลเกินไป ตั้งการเตือนได้ภายใน {years} ปีข้างหน้า",
                         "That date is too far ahead: reminders can be set up to {years} years ahead."),
    "reminder_list": ("การเตือนของคุณ:", "Your reminders:"),
    "reminder_line": ("• {what} กำหนดส่ง {date}", "• {what} due {date}"),
    "reminder_none": ("ยังไม่มีการเตือน", "You have no reminders."),
    "reminder_waiting": ("ยังไม่ได้ตั้ง: {what} กำหนด {date} รอกด \"ยืนยัน\" อยู่",
                         "Not set yet: {what} due {date} is waiting for \"Confirm\"."),
    "reminder_cancel_pick": ("เลือกการเตือนที่ต้องการยกเลิก:", "Pick the reminder to cancel:"),
    "reminder_cancelled": ("ยกเลิกการเตือน{what} แล้ว", "Reminder for {what} cancelled."),
    "in_days": ("อีก {n} วัน", "in {n} days"),
    "reminder_change_date": ("แก้วันที่", "Change date"),
    "reminder_replaces_unconfirmed": ("วันที่ {date} ที่ขอไว้ก่อนหน้ายังไม่ได้ยืนยัน จะใช้วันใหม่นี้แทน "
                                      "(หน่วยหนึ่งมีวันกำหนดส่งได้ 1 วัน)",
                                      "The earlier date, {date}, was not confirmed; this new one replaces it "
                                      "(one deadline per unit)."),
    "reminder_unconfirmed": ("เตือนส่งหลักฐาน{what} วันที่ {date} ที่ขอไว้ก่อนหน้ายังไม่ได้ยืนยัน ถ้าต้องการตั้งด้วย "
                             "กดปุ่ม \"ตั้ง {code} ด้วย\"",
                             "The earlier request for {what} on {date} was not confirmed; press \"Also set {code}\" "
                             "to set it too."),
    "reminder_set_earlier": ("ตั้ง {code} ด้วย", "Also set {code}"),
    "reminder_cancel_button": ("ยกเลิก", "Cancel"),
    "reminder_not_set": ("ไม่ได้ตั้งเตือน ตั้งใหม่ได้ทุกเมื่อ", "No reminder set. Ask again any time."),
    "reminder_cancel_all_ask": ("ยกเลิกการเตือนทั้งหมด {n} รายการ ({codes}) ใช่ไหม",
                                "Cancel all {n} reminders ({codes})?"),
    "reminder_cancel_all": ("ยกเลิกทั้งหมด", "Cancel all"),
    "reminder_keep_all": ("ไม่ยกเลิก", "Keep them"),
    "reminder_all_kept": ("ไม่ได้ยกเลิก การเตือนยังอยู่ครบ", "Nothing cancelled: your reminders stay."),
    "reminder_cancelled_all": ("ยกเลิกการเตือนทั้งหมดแล้ว ({n} รายการ)", "All {n} reminders cancelled."),
    "reminder_kept": ("คงวันที่เดิมไว้", "The earlier date is kept."),
    "reminder_replace_ask": ("มีกำหนดส่งหลักฐาน{what} วันที่ {old} อยู่แล้ว ต้องการเปลี่ยนเป็นวันที่ {new} ไหม",
                             "{what} already has a deadline on {old}. Change it to {new}?"),
    "reminder_replace": ("เปลี่ยนเป็น {date}", "Change to {date}"),
    "reminder_keep": ("คงวันที่ {date}", "Keep {date}"),
    "reminder_past_date": ("วันที่ {date} ผ่านไปแล้ว ตั้งเตือนได้เฉพาะวันในอนาคต กรุณาเลือกวันใหม่",
                           "{date} has passed: a reminder needs a future date."),
    "reminder_today_date": ("วันที่ {date} คือวันนี้ ตั้งเตือนได้เฉพาะวันหลังจากวันนี้ กรุณาเลือกวันใหม่",
                            "{date} is today: a reminder needs a later date."),
    "reminder_need_unit_for": ("จะให้เตือนส่งหลักฐานหน่วยไหนภายในวันที่ {date} พิมพ์รหัสหน่วย เช่น DS700",
                               "Which unit is due on {date}? Type its code, e.g. DS700."),
    "reminder_sent_ask": ("ส่งหลักฐาน{what} แล้วใช่ไหม (กำหนดส่ง {date}) กด \"ส่งแล้ว\" เพื่อหยุดเตือน",
                          "Handed in the evidence for {what} (due {date})? Press the button to stop its reminders."),
    "reminder_no_repeat": ("การเตือนแบบซ้ำทุกวันหรือทุกสัปดาห์ยังไม่มี การเตือนผูกกับวันกำหนดส่งหลักฐาน: เตือนก่อน 7 วัน "
                           "ก่อน 1 วัน และในวันครบกำหนด (เวลา {at} น. หรือเวลาที่คุณบอก)",
                           "Repeating reminders (every day or week) are not available: reminders follow an evidence "
                           "deadline, 7 days and 1 day before and on the day (at {at}, or the time you say)."),
    "reminder_schedule": ("แต่ละกำหนดส่งจะเตือน 3 ครั้ง: ก่อน 7 วัน ก่อน 1 วัน และในวันครบกำหนด เวลา {at} น. "
                          "กด \"ส่งแล้ว\" ในข้อความเตือนเมื่อส่งหลักฐานแล้ว จะได้ไม่เตือนอีก",
                          "Each deadline is reminded 3 times: 7 days before, 1 day before and on the day, at {at}. "
                          "Press \"ส่งแล้ว\" (sent) in a reminder once the evidence is in, and it stops."),
    "evidence_per_unit": ("หลักฐานที่ต้องส่งกำหนดไว้เป็นรายหน่วยสมรรถนะ เลือกหน่วย หรือพิมพ์ เช่น \"หลักฐาน DS700\"",
                          "Evidence is set per unit: pick one, or type e.g. \"DS700 evidence\"."),
    "evidence_reminded": ("• {code} (ตั้งเตือนไว้ กำหนดส่ง {date})", "• {code} (reminder set, due {date})"),
    "evidence_documented": ("หน่วยที่เอกสารระบุหลักฐานไว้: {codes}", "Units whose documents list evidence: {codes}"),
    "reminder_done": ("บันทึกแล้วว่าส่งหลักฐาน{what} แล้ว จะไม่เตือนอีก", "Noted: {what} is done, no more reminders."),
    "reminder_snooze_ask": ("เลื่อนกำหนดส่งหลักฐาน{what} เป็นวันไหน พิมพ์วันที่หรือเลือก:",
                            "Postpone {what} to which date? Type it or pick:"),
    "reminder_mark_open": ("(รอเตือน)", "(scheduled)"),
    "reminder_mark_sent": ("✓ เตือนแล้ว", "✓ sent"),
    "reminder_mark_missed": ("✗ พลาด (ระบบไม่ได้ส่งตามเวลา)", "✗ missed"),
    "reminder_mark_cancelled": ("(ยกเลิก)", "(cancelled)"),
    "reminder_mark_done": ("ส่งหลักฐานแล้ว", "evidence sent"),
    # the reminder message the worker sends
    "reminder_due_title": ("เตือนส่งหลักฐาน {code}", "Evidence reminder: {code}"),
    "reminder_due_days": ("กำหนดส่ง {date} (อีก {n} วัน)", "Due {date} ({n} days left)"),
    "reminder_due_element": ("สมรรถนะย่อย {code} {title}\nในหน่วย {unit} {unit_title}",
                             "Element {code} {title}\nin unit {unit} {unit_title}"),
    "reminder_due_today": ("กำหนดส่งวันนี้ {date}", "Due today, {date}"),
    "reminder_evidence": ("หลักฐานที่ใช้:", "Evidence:"),
    "reminder_evidence_of_unit": ("หลักฐานที่ใช้ (ของทั้งหน่วย {code}):", "Evidence (for the whole unit {code}):"),
    "reminder_evidence_button": ("ดูหลักฐานที่ใช้", "Evidence list"),
    "reminder_done_button": ("ส่งแล้ว", "Sent"),
    "reminder_snooze_button": ("เลื่อน", "Postpone"),
    # broadcasts
    "broadcast_footer": ("(พิมพ์ \"หยุดรับข่าว\" หากไม่ต้องการรับข่าวนี้อีก)",
                         "(Type \"stop news\" to stop receiving these.)"),
    "date_impossible": ("ไม่มีวันที่ {written} ในปฏิทิน กรุณาพิมพ์วันที่ใหม่ เช่น {example}",
                        "There is no such day as {written}: please type another date, e.g. {example}."),
    "date_example": ("28 ก.พ. 2570", "28 Feb 2027"),
    # profile changes say what changed
    "profile_changed": ("บันทึกข้อมูลของคุณแล้ว: {changes}", "Profile saved: {changes}"),
    "profile_change_line": ("{what} {old} → {new}", "{what} {old} → {new}"),
    "profile_first_line": ("{what}: {new}", "{what}: {new}"),
    "profile_group_word": ("กลุ่ม", "group"),
    "profile_phase_word": ("ระยะ", "phase"),
    "profile_agency_word": ("หน่วยงาน", "agency"),
    "profile_unset": ("(ยังไม่ระบุ)", "(not set)"),
    "profile_nothing_changed": ("ข้อมูลของคุณเป็นแบบนี้อยู่แล้ว ไม่มีอะไรเปลี่ยน", "Your profile already says so."),
    # news
    "news_off": ("หยุดส่งข่าวประกาศให้คุณแล้ว การเตือนส่งหลักฐานที่ตั้งไว้ยังทำงานตามปกติ พิมพ์ \"รับข่าว\" เมื่อต้องการรับอีกครั้ง",
                 "You will get no more announcements; your evidence reminders still work. Type \"subscribe\" to "
                 "get them again."),
    "news_off_ask": ("การส่งประกาศถึงบุคลากร เจ้าหน้าที่ HR ทำได้ที่หน้าผู้ดูแลระบบ (/admin) "
                     "ถ้าต้องการหยุดรับข่าวประกาศเอง กดปุ่มด้านล่าง (การเตือนส่งหลักฐานยังทำงานตามปกติ)",
                     "Announcements to staff are sent by HR officers on the admin pages (/admin). To stop getting "
                     "announcements yourself, press the button below (your evidence reminders go on)."),
    "news_already_off": ("ตอนนี้คุณหยุดรับข่าวประกาศไว้แล้ว การเตือนส่งหลักฐานที่ตั้งไว้ยังทำงานตามปกติ ไม่ได้รับผลกระทบ "
                         "กด \"รับข่าว\" เมื่อต้องการรับข่าวอีกครั้ง",
                         "Announcements are already off for you; your evidence reminders still work, unaffected. "
                         "Press \"Subscribe\" to get announcements again."),
    "news_off_button": ("หยุดรับข่าว", "Stop the news"),
    "news_on": ("เปิดรับข่าวประกาศอีกครั้งแล้ว", "You will get announcements again."),
    "news_on_button": ("รับข่าว", "Subscribe"),
    "nothing_to_confirm": ("ตอนนี้ไม่มีรายการที่รอให้ยืนยัน", "There is nothing waiting to be confirmed."),
    "no_more": ("ที่แสดงไปครบแล้วครับ ไม่มีหน้าต่อจากนี้ กดดูส่วนอื่นด้านล่าง หรือถามต่อได้เลย",
                "That was all of it; there is no next page. Press a button below or ask something else."),
    "confused": ("ขอโทษครับ ตรงไหนยังไม่ชัด พิมพ์บอกได้เลย เช่น ถามสั้น ๆ ว่า \"หลักฐานคืออะไร\" หรือกดดูทีละส่วนด้านล่าง",
                 "Sorry. Which part was unclear? Ask in a few words, or press a button below to see one part at a "
                 "time."),
    "nothing_open": ("ตอนนี้ไม่มีแบบประเมินที่ทำค้างอยู่", "Nothing is open right now."),
    "nothing_open_unit": ("ไม่มีแบบประเมินตนเองหน่วย {code} ที่ทำค้างไว้ เริ่มทำหน่วยนี้ได้เลย",
                          "No self-assessment of {code} was left unfinished. You can start one."),
    "assess_start_unit": ("เริ่มประเมิน {code}", "Start {code}"),
    "pending_after_consent": ("ขอบคุณที่ยินยอม ต่อจากที่ถามไว้เลย", "Thank you. On with what you asked:"),
}

say = phrasebook(_STRINGS)
