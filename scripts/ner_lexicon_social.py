"""Social-media and news-feed lexicon for the name/address tagger (project-owned data).

Source: written by hand for piguard from general knowledge (common internet slang,
emoticon codes, well-known game titles, clubs, brands, shops, apps, TV shows, betting
terms, nickname shapes and public figures as Chinese social media writes them).
Nothing here is taken from a research-use corpus (MSRA, Weibo, Resume, CLUENER) or any
other dataset. Used by ``scripts/ner_synth_social.py`` to generate Weibo-style posts
and news-feed snippets.

Every list is a tuple of strings. What is a name and what is not:
- ``CELEBRITIES``, ``CELEB_NICKNAMES``, ``GAMER_TAGS`` and the nickname parts make
  PERSON spans;
- everything else (slang, emoticons, games and their characters, e-sports teams,
  clubs, bookmakers, shops, brands, apps, shows, stocks, estates) is never an entity,
  even when it starts with a surname character (张望, 周中) or contains a place
  (北京国安, 青岛啤酒).
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated entries, order kept, duplicates dropped."""
    return tuple(dict.fromkeys(text.split()))


# Internet slang and common social-media words: never names. Many start with a surname
# character (张望, 周中, 王炸, 马住) or look like given names (欢欢喜喜, 冷清).
SLANG = _words("""
哈哈 哈哈哈 哈哈哈哈 呵呵 嘿嘿 嘻嘻 呜呜 嘤嘤嘤 啦啦啦 么么哒 萌萌哒 棒棒哒 美美哒 好滴 酱紫 肿么 神马 浮云 杯具 洗具
餐具 给力 不给力 点赞 吐槽 围观 打卡 种草 拔草 安利 躺平 内卷 摆烂 凡尔赛 绝绝子 破防 真香 柠檬精 吃瓜 吃瓜群众 沙发
板凳 地板 楼主 楼上 楼下 童鞋 亲们 小伙伴 小伙伴们 淡定 蛋疼 屌丝 高富帅 白富美 土豪 逆袭 卖萌 傲娇 腹黑 闺蜜 基友
男神 女神 小鲜肉 老司机 扎心 老铁 戏精 佛系 锦鲤 官宣 打call 应援 粉丝 路人 黑粉 路转粉 颜值 逗比 二货 晕 囧 槑 围脖
博主 转发 评论 私信 关注 取关 互粉 热搜 话题 超话 爆料 八卦 狗血 撒狗粮 秀恩爱 单身狗 脱单 表白 分手 复合 备胎 渣男
绿茶 暖男 直男 妹子 汉子 女汉子 萌妹子 大叔 正太 萝莉 御姐 学霸 学渣 考神 手残 脑残 无语 醉了 哭晕 笑哭 笑喷 泪奔
泪目 心塞 心累 累觉不爱 人艰不拆 喜大普奔 不明觉厉 细思极恐 十动然拒 你懂的 呵呵哒 然并卵 且行且珍惜 666 2333 hhh
yyds xswl awsl nsdd dbq plmm zqsg emmm 祝福 冷清 张望 张扬 张罗 张嘴 张贴 万紫千红 万事如意 万事大吉 周中 周末 周边
周到 周年 连胜 连败 连任 连续 王炸 王道 王牌 王者 李子 刘海 陈述 陈年 杨梅 黄牛 黄金周 吴侬软语 孙子 马上 马甲
马住 胡说 胡扯 胡闹 高冷 高能 高能预警 高级 高清 林荫 何必 何况 罗嗦 梁子 宋体 谢谢 谢谢大家 韩剧 韩流
唐突 于是 董事 萧条 程序 程序猿 许愿 许久 曾经 苏醒 丁点 叶子 余额 余额宝 杜绝 戴帽 夏天 钟情 汪汪 田园 任性
范儿 方便 石化 熊孩子 金句 金主 陆续 白菜 白眼 康复 毛病 秦腔 江湖 史诗 顾客 侯门 龙套 万能 段子 段子手 雷人 雷到
钱包 汤圆 常规 武林 乔迁 贺卡 赖床 文艺 文艺青年 温柔 安静 高兴 平安 红包 福利 喜欢 快乐 祝贺 吉祥 如意 明星
偶像 爱豆 小姐姐 小哥哥 小可爱 宝宝 宝贝 亲爱的 老公 老婆 老妈 老爸 老铁们 兄弟 姐妹 姐妹们 家人们 集美 朋友圈 晒图
自拍 美颜 滤镜 网红 主播 直播 带货 剁手 双十一 秒杀 抢购 包邮 好评 差评 追剧 追星 饭圈 脱粉 塌房 上头 下头 翻车
抓马 社死 社牛 社恐 打工人 干饭人 尾款人 工具人 凡人 躺赢 开黑 上分 掉分 五杀 超神 carry 坑队友 猪队友 神队友 水友
弹幕 刷屏 刷存在感 存在感 求关注 求转发 求扩散 扩散 转需 mark 马克一下 已阅 顶 顶起 前排 占座 同问 加一 附议 赞同
有木有 木有 偶 俺 咱 神器 大神 小白 菜鸟 高手 学长 学姐 师兄 师姐 萌新 老鸟 宅男 宅女 吃货 剁手党 低头族 月光族
啃老族 北漂 沪漂 蚁族 房奴 车奴 卡奴 孩奴 加班狗 单身汪 喵星人 汪星人 铲屎官 主子 猫奴 狗子 崽崽 宝子 家人 亲
早安 晚安 午安 早上好 晚上好 生日快乐 新年快乐 中秋快乐 节日快乐 恭喜发财 发财 好运 加油 冲鸭 奥利给 绝了 牛 牛逼
厉害了 厉害 给跪 跪了 膜拜 大赞 点个赞 心疼 感动 暖心 治愈 虐心 甜蜜 狗粮 撒糖 磕糖 官配 CP 嗑CP 同框 合体 热恋
冷战 吵架 和好 想念 思念 怀念 回忆 青春 梦想 初心 文青 吃土 穷鬼 穷 土 土味 洋气 时尚 潮流 潮 酷 帅 美 萌 呆萌 蠢萌
可爱 好看 颜控 声控 手控 外貌协会 撩妹 撩汉 套路 反套路 走心 走肾 作死 作妖 作精 心机 心机婊 白莲花 圣母 公主病
玻璃心 强迫症 拖延症 选择困难症 懒癌 起床困难户 夜猫子 早起 熬夜 失眠 养生 佛跳墙 吃播 探店 打卡点 网红店 排队 人山人海
冷冷清清 热热闹闹 欢欢喜喜 开开心心 平平安安 红红火火 顺顺利利 健健康康 快快乐乐 高高兴兴 漂漂亮亮 简简单单 清清爽爽
张灯结彩 金玉满堂 万家灯火 花好月圆 春暖花开 秋高气爽 风和日丽 阳光明媚 晴空万里 白雪皑皑 冰天雪地 天寒地冻 鸟语花香
""")

# Weibo emoticon codes (written between square brackets in posts), emoji and kaomoji.
EMOTICON_CODES = _words("""
哈哈 泪 doge 偷笑 嘻嘻 爱你 鼓掌 抓狂 衰 汗 怒 心 伤心 赞 good 威武 给力 围观 可怜 酷 馋嘴 晕 思考 失望 吃惊 哼
挖鼻屎 太开心 兔子 熊猫 蜡烛 礼物 花心 亲亲 生病 睡觉 微笑 笑cry 允悲 二哈 费解 ok 耶 握手 作揖 拜拜 鄙视 阴险
右哼哼 左哼哼 懒得理你 闭嘴 打哈欠 黑线 害羞 可爱 疑问 奥特曼 浮云 神马 草泥马 互粉 蛋糕 话筒 音乐 猪头 月亮 太阳
风扇 咖啡 绿丝带 弱 不要 来 haha 吃瓜 憧憬 并不简单 污 喵喵 摊手 跪了 中国赞 坏笑 顶 鲜花 钱 悲伤 委屈 呵呵 哈欠
嘘 偷乐 色 泪流满面 笑哈哈 晕倒 拳头 强 織 抱抱 愛你 淚
""")
EMOJI = _words("""
😂 😭 🤣 😍 😘 😊 🙏 👍 👏 💪 ❤️ 💔 🔥 🎉 🌹 😱 😅 🤔 🙄 😎 😡 😴 🍉 🐶 🐱 🌸 ✨ 🌟 🎂 🍻 😃 😁 🙈 💯
""")
KAOMOJI = _words("""
(*^▽^*) (╯▽╰) o(╯□╰)o (>_<) ^_^ ^o^ T_T QAQ orz Orz OTL (￣▽￣) (´･ω･`) ≧▽≦ =_= -_-|| (=^ω^=) ╮(╯_╰)╭ :) :( :-D XD
""")

# Game titles, game characters and places inside games, e-sports teams: not entities.
GAMES = _words("""
王者荣耀 英雄联盟 和平精英 绝地求生 吃鸡 原神 崩坏3 崩坏星穹铁道 阴阳师 梦幻西游 大话西游 魔兽世界 守望先锋 炉石传说
星际争霸 暗黑破坏神 地下城与勇士 穿越火线 反恐精英 DOTA2 刀塔 刀塔2 我的世界 剑网3 剑侠情缘 天涯明月刀 逆水寒 倩女幽魂
问道 征途 热血传奇 永恒之塔 剑灵 上古卷轴 辐射4 使命召唤 战地1 刺客信条 古墓丽影 生化危机 最终幻想 仙剑奇侠传 轩辕剑
古剑奇谭 侠客风云传 三国杀 真三国无双 三国志战略版 率土之滨 精灵宝可梦 口袋妖怪 超级马里奥 塞尔达传说 旷野之息 街头霸王
拳皇 拳皇97 植物大战僵尸 愤怒的小鸟 开心消消乐 部落冲突 皇室战争 第五人格 明日方舟 碧蓝航线 少女前线 恋与制作人 光遇
蛋仔派对 金铲铲之战 云顶之弈 英雄杀 欢乐斗地主 天天酷跑 QQ飞车 跑跑卡丁车 劲舞团 泡泡堂 冒险岛 洛奇英雄传 完美世界
诛仙 天龙八部手游 魔力宝贝 石器时代 街头篮球 NBA2K FIFA 实况足球 足球经理 模拟人生 文明6 帝国时代 红色警戒 魔兽争霸
风暴英雄 堡垒之夜 Apex英雄 无畏契约 永劫无间 黑神话悟空 只狼 艾尔登法环 黑暗之魂 怪物猎人 荒野大镖客 侠盗猎车手 GTA5
赛博朋克2077 巫师3 质量效应 光环 战争机器 神秘海域 最后生还者 战神 鬼泣 合金装备 寂静岭 逃生 求生之路 饥荒 泰拉瑞亚
星露谷物语 动物森友会 集合啦动物森友会 马里奥赛车 任天堂明星大乱斗 宝可梦剑盾 火焰纹章 勇者斗恶龙 女神异闻录 尼尔机械纪元
王国之心 传说之下 空洞骑士 蔚蓝 死亡细胞 以撒的结合 杀戮尖塔 文明 全面战争 钢铁雄心 欧陆风云 十字军之王 群星 骑马与砍杀
太吾绘卷 鬼谷八荒 戴森球计划 中国式家长 隐形守护者 了不起的修仙模拟器 江南百景图 原始征途 万国觉醒 剑与远征 梦幻模拟战
火影忍者手游 航海王热血航线 龙珠激斗 圣斗士星矢 奥拉星 赛尔号 摩尔庄园 洛克王国 奥比岛 QQ炫舞 QQ堂 QQ三国 问道手游
球球大作战 贪吃蛇大作战 迷你世界 香肠派对 荒野行动 终结者2 CF手游 使命召唤手游 决战平安京 非人学园 时空召唤 自由之战
""")
GAME_CHARACTERS = _words("""
亚索 盖伦 提莫 艾希 德莱文 劫 阿狸 盲僧 瑞兹 卡特琳娜 伊泽瑞尔 金克丝 薇恩 锤石 拉克丝 易大师 剑圣 德玛西亚
诺克萨斯 艾欧尼亚 弗雷尔卓德 祖安 皮尔特沃夫 召唤师峡谷 鲁班七号 安琪拉 后羿 亚瑟 孙悟空 猪八戒 铠 澜 云缨 瑶
蒙犽 东皇太一 太乙真人 钟馗 牛魔 露娜 橘右京 娜可露露 不知火舞
米莱狄 明世隐 伽罗 元歌 老夫子 暴风城 奥格瑞玛 铁炉堡 达拉然 艾泽拉斯 阿尔萨斯
伊利丹 萨尔 吉安娜 希尔瓦娜斯 死亡之翼 巫妖王 源氏 半藏 猎空 天使 麦克雷 士兵76 黑百合 卢西奥 莱因哈特 D.Va
派蒙 胡桃 雷电将军 神里绫华 温迪 可莉 刻晴 达达利亚 蒙德 璃月 稻妻 须弥 枫丹 提瓦特 皮卡丘 杰尼龟 妙蛙种子
小火龙 超梦 马里奥 路易吉 塞尔达 耀西 库巴 桃花公主 索尼克 吃豆人 八神庵 草薙京 不知火 春丽
克劳德 蒂法 萨菲罗斯 奎托斯 杰洛特 希里 特莉丝 苦力怕 末影人 凋灵
""")
ESPORTS_TEAMS = _words("""
EDG RNG IG FPX JDG TES WE OMG LGD Newbee VG T1 SKT G2 Fnatic Cloud9 TSM LNG BLG WBG NIP Liquid OG Secret Navi
AG超玩会 eStarPro QGhappy Hero久竞 狼队 成都AG 南京Hero 重庆狼队 武汉eStarPro KPL LPL LCK LCS MSI S赛 全球总决赛
苏州KSG 广州TTG 上海EDG.M 杭州LGD.NBW 佛山DRG 北京WB 深圳DYG RW侠 Gen.G DRX DWG KT 100T Astralis Vitality FaZe
""")

# Football: club names (many contain a city or country), bookmakers and betting terms.
FOOTBALL_CLUBS = _words("""
皇马 皇家马德里 巴萨 巴塞罗那队 曼联 曼城 切尔西 阿森纳 利物浦 热刺 托特纳姆热刺 拜仁 拜仁慕尼黑 多特 多特蒙德 尤文 尤文图斯
国米 国际米兰 AC米兰 罗马队 拉齐奥 那不勒斯 巴黎圣日耳曼 大巴黎 马竞 马德里竞技 塞维利亚 瓦伦西亚 比利亚雷亚尔 皇家社会
毕尔巴鄂竞技 波尔图 本菲卡 葡萄牙体育 阿贾克斯 埃因霍温 费耶诺德 凯尔特人 格拉斯哥流浪者 沙尔克04 勒沃库森 门兴 门兴格拉德巴赫
沃尔夫斯堡 狼堡 法兰克福队 莱比锡 霍芬海姆 斯图加特 云达不莱梅 汉堡 里昂 马赛 摩纳哥队 里尔 尼斯 雷恩 亚特兰大
佛罗伦萨 佛罗伦萨队 都灵 桑普多利亚 热那亚 乌迪内斯 博洛尼亚 埃弗顿 纽卡斯尔 纽卡 阿斯顿维拉 维拉 西汉姆联 西汉姆
莱斯特城 狼队 水晶宫 布莱顿 南安普顿 伯恩利 富勒姆 布伦特福德 诺丁汉森林 利兹联 谢菲尔德联 沃特福德 诺维奇 斯旺西
广州恒大 恒大 上海上港 上港 海港 上海申花 申花 北京国安 国安 山东鲁能 鲁能 泰山队 江苏苏宁 天津泰达 泰达 河南建业
建业 长春亚泰 亚泰 大连一方 重庆力帆 力帆 深圳佳兆业 武汉卓尔 成都蓉城 蓉城 浙江绿城 绿城 广州富力 富力 河北华夏
华夏幸福 贵州恒丰 延边富德 石家庄永昌 梅州客家 沧州雄狮 青岛海牛 南通支云 大连人 武汉三镇 三镇 西海岸
浦和红钻 鹿岛鹿角 川崎前锋 横滨水手 大阪钢巴 全北现代 蔚山现代 水原三星 首尔FC 浦项制铁 利雅得新月 阿尔艾因
博卡青年 河床 桑托斯 弗拉门戈 帕尔梅拉斯 科林蒂安 迈阿密国际 洛杉矶银河 西雅图海湾人 湖人 勇士 凯尔特人队 火箭 马刺 公牛
热火 尼克斯 快船 雷霆 篮网 76人 猛龙 掘金 太阳队 独行侠 小牛 灰熊 鹈鹕 国王队 开拓者 爵士 森林狼 雄鹿 步行者 老鹰
黄蜂 魔术 奇才 活塞 骑士 广东宏远 辽宁本钢 新疆广汇 北京首钢 浙江广厦 上海久事
""")
BOOKMAKERS = _words("""
威廉希尔 威廉 立博 韦德 伟德 bet365 Bet365 必发 皇冠 易胜博 利记 12bet 明陞 金宝博 Interwetten 平博 澳彩 竞彩官方
SNAI 博天堂 贝塔斯曼 Betfair Pinnacle 10bet 188bet 沙巴 Bwin bwin 竞彩网 500彩票网 彩客网 澳门彩票 香港马会
""")
BETTING_TERMS = _words("""
让球 让球盘 亚盘 欧赔 大小球 竞彩 足彩 胜平负 半全场 比分 任选九场 任九 十四场 双色球 大乐透 福彩3D 排列三 排列五
七星彩 七乐彩 体彩 福彩 盘口 水位 升盘 降盘 平手盘 平半盘 半球盘 半一盘 一球盘 球半盘 受让 上盘 下盘 赔率 主胜 客胜
平局 冷门 爆冷 串关 单关 投注 彩民 奖池 头奖 复式 胆拖 连胜 连败 不败 主场 客场 德比 首回合 次回合 初盘 即时盘
终盘 高水 低水 中水 机构 庄家 诱盘 阻盘 受注 返还率 凯利指数 离散度 必发指数 交易量 冷热指数 主让 客让 让平 让负
竞彩足球 竞彩篮球 北京单场 北单 胜负彩 进球数 总进球 半场 全场 上半场 下半场 补时 点球 角球 任意球 黄牌 红牌
""")

# Shops, brands, apps, platforms, TV shows and stocks: not people, not places.
SHOPS_BRANDS = _words("""
大润发 沃尔玛 家乐福 永辉 永辉超市 华润万家 物美 屈臣氏 万达广场 苏宁易购 国美 淘宝 天猫 京东 拼多多 美团 饿了么
大众点评 携程 去哪儿 飞猪 途牛 小红书 抖音 快手 B站 哔哩哔哩 知乎 豆瓣 微信 QQ 微博 新浪微博 百度贴吧 贴吧 优酷
爱奇艺 腾讯视频 芒果TV 网易云音乐 QQ音乐 酷狗 酷我 星巴克 麦当劳 肯德基 必胜客 海底捞 喜茶 奈雪的茶 蜜雪冰城 瑞幸
全家 罗森 7-11 便利蜂 优衣库 ZARA H&M 无印良品 宜家 迪卡侬 耐克 阿迪达斯 安踏 特步 361度 鸿星尔克 回力 美特斯邦威
森马 海澜之家 波司登 周大福 周生生 老凤祥 六福珠宝 谢瑞麟 张小泉 王老吉 加多宝 老干妈 康师傅 统一 娃哈哈 农夫山泉
怡宝 蒙牛 伊利 三只松鼠 良品铺子 百草味 卫龙 旺旺 达利园 好丽友 奥利奥 乐事 可口可乐 百事可乐 红牛 脉动 元气森林
雪碧 芬达 青岛啤酒 雪花啤酒 哈尔滨啤酒 燕京啤酒 茅台 五粮液 泸州老窖 江小白 杜蕾斯 支付宝 微信支付 高德地图 百度地图
滴滴出行 滴滴 哈啰 美图秀秀 剪映 钉钉 企业微信 WPS 12306 闲鱼 得物 唯品会 当当 亚马逊 苹果 华为 小米 OPPO vivo 魅族
一加 荣耀 三星 索尼 佳能 尼康 戴森 飞利浦 美的 格力 海尔 奥克斯 九阳 苏泊尔 方太 老板电器 特斯拉 蔚来 小鹏 理想汽车
比亚迪 吉利 长城汽车 五菱宏光 宝马 奔驰 奥迪 大众 丰田 本田 日产 路虎 保时捷 法拉利 兰博基尼 香奈儿 迪奥 古驰 爱马仕
路易威登 LV 普拉达 巴黎世家 阿玛尼 范思哲 兰蔻 雅诗兰黛 欧莱雅 资生堂 SK-II 完美日记 花西子 百雀羚 自然堂 大宝 六神
云南白药 同仁堂 片仔癀 东阿阿胶 汤臣倍健 脑白金 黄金搭档 步步高 好记星 文曲星 金山词霸 有道词典 百度网盘 迅雷 360
""")
TV_SHOWS = _words("""
快乐大本营 天天向上 奔跑吧兄弟 奔跑吧 极限挑战 中国好声音 我是歌手 歌手 非诚勿扰 爸爸去哪儿 向往的生活 乘风破浪的姐姐
创造营 偶像练习生 青春有你 中国有嘻哈 这就是街舞 最强大脑 开讲啦 新闻联播 焦点访谈 春晚 今日说法 动物世界 舌尖上的中国
中国诗词大会 朗读者 见字如面 圆桌派 奇葩说 吐槽大会 脱口秀大会 明星大侦探 王牌对王牌 欢乐喜剧人 笑傲江湖 我们的歌
声生不息 披荆斩棘 中餐厅 花儿与少年 妻子的浪漫旅行 变形计 超级女声 快乐男声 星光大道 梦想秀 一站到底 非你莫属
""")
STOCKS = _words("""
中国平安 贵州茅台 万科A 格力电器 五粮液 宁德时代 东方财富 招商银行 平安银行 兴业银行 浦发银行 工商银行 建设银行 农业银行
中国石油 中国石化 中国人寿 中信证券 海通证券 华泰证券 隆基绿能 通威股份 恒瑞医药 迈瑞医疗 药明康德 海天味业 伊利股份
美的集团 海康威视 京东方A 立讯精密 歌尔股份 三一重工 中国中免 长江电力 紫金矿业 洛阳钼业 山东黄金 中国联通 中国移动
科大讯飞 用友网络 金山办公 中芯国际 北方华创 韦尔股份 兆易创新 东方雨虹 保利发展 招商蛇口 金地集团 华夏幸福 绿地控股
上证指数 深证成指 创业板指 沪深300 科创50 上证50 中证500 沪指 深成指 两市 北向资金 主力资金 涨停板 跌停板
""")
# Estates and property projects (as ads name them): not places themselves.
ESTATES = _words("""
万科城 万科金色家园 碧桂园 碧桂园凤凰城 保利香槟国际 保利天悦 绿地中心 绿地香树花城 恒大御景半岛 恒大名都 融创壹号院
龙湖天街 龙湖春江郦城 华润二十四城 华润橡树湾 中海国际社区 中海寰宇天下 金地格林小镇 招商雍华府 世茂滨江花园 远洋天著
富力城 雅居乐花园 星河湾 翡翠湾 阳光100 首开国风尚樾 旭辉城 新城玺樾 金茂府 正荣府 泰禾院子 蓝光雍锦园 绿城桂花园
""")

# Titles and kinship words after a full name: not part of the name (宋X姐姐 -> 宋X).
AFTER_NAME = _words("""
姐姐 哥哥 老师 大人 同学 学长 学姐 师兄 师姐 师父 师傅 老板 总裁 导演 主播 大神 大大 老大 女士 先生 妹妹 弟弟 阿姨
叔叔 爷爷 奶奶 小姐 教练 队长 校长 医生 护士 律师 记者 部长 书记 主任 经理 掌门 殿下 陛下 大佬 前辈 宝宝 酱 君
""")
# Short forms that follow a bare surname (王总, 李姐): only the surname is the person.
SURNAME_AFTER = _words(
    "总 老师 先生 女士 小姐 老板 经理 师傅 医生 律师 教授 主任 书记 局长 哥 姐 叔 姨 大爷 大妈 同学 队 导 总监"
)

# Nickname parts: characters that make 乐乐, 阿强, 小雨, 涛哥, 娜姐. The 小X, X哥 and X姐 parts
# are no surnames: 小王 and 王哥 are a bare surname (labelled alone) before a form of address.
NICK_REDUP = "乐笑萌甜晶莎菲琪兜果朵妞贝丁豆楠婷亮欢点圆糖花美丽娜娟媛洋阳明星月雪晨琳丹倩冰佳静涵悦瑶蕾薇蓉茜嘉颖楚"
NICK_A = "强珍杰飞娇宝紫伟明华辉龙峰雄坤彬亮文斌勇军芳娟霞梅英兰琴萍玲燕凤霖鑫俊豪超诚浩冬"
NICK_XIAO = "雨薇雪美红宇月玲燕丽琪婷静敏倩颖慧晴萌宝贝豆兔鱼虎凤鹏杰辉飞亮强涛晨星希蕊彤璐瑶"
NICK_BRO = "涛峰杰伟强军斌刚辉鹏磊超浩亮勇凯东波健俊坤帅"
NICK_SIS = "娜芳丽萍霞娟红艳敏静燕玲琳婷颖慧雪倩莉琴晶"
NICK_SUFFIX_BRO = ("哥", "哥", "哥", "仔", "少", "爷")
NICK_SUFFIX_SIS = ("姐", "姐", "妹", "妹儿", "姐儿")
# Latin-letter nicknames and English given names used inside Chinese posts.
EN_NICKS = _words("""
Tony Kevin Jack Lily Amy Coco Lucy Lisa Anna Cindy Jenny Vicky Sunny Tina Nancy Sally Emma Grace Judy Candy Kitty Sophia
Mike Jason Eric Leo Alex Allen Bob Frank Peter David Tom Jerry Andy Sam Ben Ken Jimmy Johnny Danny Henry Vincent Simon
""")

# Latin-letter tags and handles of people (e-sports players, streamers, everyday users).
GAMER_TAGS = _words("""
Faker Uzi TheShy Rookie Doinb Clearlove Ning JackeyLove Karsa Meiko Mlxg xiaohu Letme Ming Tian
Bin Yagao 369 Kanavi Ruler Deft Rekkles Perkz Jankos Bjergsen Doublelift Sneaky Zeus Oner
Gumayusi Keria Chovy ShowMaker Nuguri Khan Smeb Mata PDD Mystic Zz1tai Godv Loveling
Gogoing Clid Tarzan Elk Yuekai Lwx Flandre Jiejie Shanji Creme Wayward
Xiye Kasa Leyan Zika Tangyuan Nuo Qiuqiu Huanfeng Jiumeng Lokens
Sylvia Chiyou Xingyu Ame Sccc Zhou Dendi Puppey Arteezy SumaiL Notail Ceb Topson Somnus
Xiao8 Yao Kaka Paparazi Loda Akke Ferrari_430 iceiceice Mushi Hao Mu Zhou BurNIng
Infi Lyn Grubby TH000 Fly100 Xiaokai Jaedong Bisu Stork Maru Serral Scarlett
ZywOo s1mple NiKo Twistzz dev1ce Kaze zhokiNg Kennys Olofmeister
aoye Mlxg_Lee xiaoming_88 Lily_Chen TonyWang kevin_liu CoCo_Li amy_zhang Sunny_Wu LeoHuang JackyLee EricWu Vicky_Z
Sally_Ma JasonChen BenLin Lucy_Zhou PeterXu AndyLau JayChou Jolin EasonChan JJLin Angelababy Jackson_Yee Kris
Yoyo Coco_Lee Selina Ella Hebe Vae Tizzy Vava Gai Jony_J MaSiWei KnowKnow Psy.P Melo
""")

# Public figures as Chinese social media writes them (actors, singers, hosts, athletes,
# writers, painters, historical figures, emperors, entrepreneurs, scientists).
CELEBRITIES = _words("""
刘德华 周杰伦 成龙 李连杰 章子怡 范冰冰 赵薇 杨幂 刘亦菲 周迅 孙俪 邓超 黄晓明 王菲 谢霆锋 张学友 郭富城 黎明 梁朝伟
张曼玉 林青霞 周润发 张国荣 梅艳芳 邓丽君 那英 王力宏 林俊杰 陶喆 蔡依林 张惠妹 孙燕姿 李宇春 张靓颖 周笔畅 易烊千玺
王俊凯 王源 鹿晗 张艺兴 黄子韬 杨洋 胡歌 霍建华 林心如 赵丽颖 迪丽热巴 古力娜扎 杨紫 唐嫣 罗晋 李易峰 陈坤 黄渤 徐峥
王宝强 沈腾 贾玲 岳云鹏 郭德纲 于谦 赵本山 小沈阳 宋小宝 冯小刚 张艺谋 陈凯歌 姜文 葛优 陈道明 李冰冰 舒淇 林志玲
徐静蕾 韩寒 郭敬明 莫言 余华 鲁迅 巴金 老舍 沈从文 金庸 古龙 琼瑶 三毛 张爱玲 钱钟书 杨绛 林徽因 徐志摩 胡适 齐白石
徐悲鸿 张大千 吴冠中 李白 杜甫 苏轼 苏东坡 白居易 王维 李清照 辛弃疾 陆游 孔子 孟子 老子 庄子 秦始皇 汉武帝 唐太宗 李世民
武则天 康熙 乾隆 雍正 朱元璋 刘邦 项羽 曹操 刘备 孙权 诸葛亮 关羽 张飞 赵云 岳飞 文天祥 郑和 林则徐 孙中山 马云
马化腾 李彦宏 刘强东 雷军 王健林 王思聪 王石 董明珠 任正非 张一鸣 黄峥 丁磊 李嘉诚 潘石屹 俞敏洪 罗永浩 柳传志 姚明
刘翔 李娜 林丹 孙杨 郎平 朱婷 丁俊晖 易建联 邓亚萍 张怡宁 马龙 张继科 许昕 樊振东 苏炳添 谷爱凌 武磊 郑智 孙继海 范志毅
郝海东 李铁 王治郅 郭晶晶 伏明霞 田亮 全红婵 杨倩 巩立姣 宁泽涛 叶诗文 王濛 武大靖 张伟丽 邹市明 梅西 内马尔 贝克汉姆
罗纳尔多 齐达内 卡卡 贝利 马拉多纳 科比 乔丹 库里 杜兰特 奥尼尔 费德勒 纳达尔 德约科维奇 博尔特 伍兹 菲尔普斯 姆巴佩
哈兰德 莱万 萨拉赫 本泽马 莫德里奇 伊布 亨利 罗本 范佩西 托雷斯 皮尔洛 布冯 托蒂 卡西利亚斯 哈维 伊涅斯塔 普约尔
泰勒·斯威夫特 贾斯汀·比伯 莱昂纳多 汤姆·克鲁斯 布拉德·皮特 安吉丽娜·朱莉 斯嘉丽 迈克尔·杰克逊 麦当娜 碧昂丝 阿黛尔
宋仲基 宋慧乔 全智贤 李敏镐 金秀贤 朴信惠 权志龙 李知恩 朴树 许巍 汪峰 崔健 李健 毛不易 华晨宇 薛之谦 张杰 谢娜 何炅
汪涵 李湘 撒贝宁 董卿 朱军 白岩松 崔永元 毕福剑 倪萍 蔡康永 陈鲁豫 杨澜 柴静 木村拓哉 宫崎骏 村上春树 东野圭吾
新垣结衣 山口百惠 梵高 毕加索 达芬奇 莫奈 莎士比亚 托尔斯泰 海明威 爱因斯坦 牛顿 霍金 袁隆平 钱学森 屠呦呦 杨振宁
钟南山 李兰娟 张文宏 易中天 于丹 马未都 郭沫若 茅盾 冰心 朱自清 梁启超 蔡元培 李小龙 甄子丹 吴京 洪金宝 刘烨 黄磊
孙红雷 陈赫 郑恺 李晨 鹿晗 杨颖 邓紫棋 田馥甄 周冬雨 张子枫 欧阳娜娜 彭于晏 吴彦祖 金城武 古天乐 刘嘉玲 关之琳
张柏芝 钟欣潼 容祖儿 陈奕迅 李荣浩 周深 张碧晨 毛阿敏 宋祖英 彭丽媛 韩红 刘欢 腾格尔 费玉清 庾澄庆 伍佰 罗大佑 李宗盛
""")
# Celebrity nicknames written alone: whole nickname is the person.
CELEB_NICKNAMES = _words("""
华仔 发哥 星爷 杰伦 霆锋 范爷 宝强 春哥 曾哥 小李子 小罗 C罗 小S 大S 老詹 詹皇 库日天 大姚 小贝
杨超越 周董 Jay 东哥 雷布斯 马爸爸 思聪 王校长 热巴 娜扎 大幂幂 幂幂 小岳岳 岳岳
""")

# Non-person Weibo accounts (media, brands, topic pages): a handle after @ that is not a name.
ORG_HANDLES = _words("""
人民日报 新华视点 央视新闻 头条新闻 新浪新闻 新浪娱乐 新浪体育 新浪财经 环球时报 澎湃新闻 中国新闻网 南方都市报 新京报
微博搞笑排行榜 冷笑话精选 全球热门精选 微博电影 微博音乐 微博旅行 搞笑视频 每日一笑 星座运势 美食推荐 旅行攻略
中国移动 中国联通 小米公司 华为终端 京东 淘宝 天猫 支付宝 苏宁易购 携程旅行 去哪儿网 大众点评 美团外卖 12306客服
平安北京 平安成都 深圳交警 上海发布 北京发布 广州公安 共青团中央 中国消防 中国气象局 国家博物馆 故宫博物院 英雄联盟赛事
王者荣耀 原神 网易游戏 腾讯游戏 豆瓣电影 猫眼电影 时光网 虎扑 懂球帝 直播吧 腾讯体育 中超联赛 NBA NBA中国 微博客服
""")
# Hashtag topics that contain no name (#今日份打卡#).
HASHTAGS = _words("""
今日份打卡 每日一善 周末去哪儿 美食分享 晒出你的年夜饭 我的旅行日记 随手拍 早安打卡 晚安 读书打卡 健身打卡 减肥日记
上班族的日常 高考加油 考研 毕业季 双十一 春节 中秋节 国庆节 情人节 七夕 端午节 世界杯 欧洲杯 奥运会 亚运会 中超
英超 西甲 意甲 德甲 法甲 欧冠 NBA 王者荣耀 英雄联盟 原神 S赛 KPL 热门电影 新片速递 好书推荐 追剧日记 萌宠 猫咪
狗狗 天气 下雪了 下雨了 雾霾 地震 暴雨预警 停电 堵车 春运 开学 放假 加班 年终奖 买房 房价 股市 基金 理财
""")

# Scenic spots, streets and districts travel posts name: places.
SCENIC_SPOTS = _words("""
三里屯 南锣鼓巷 798艺术区 鼓浪屿 丽江古城 大理古城 凤凰古城 乌镇 周庄 西塘 宏村 平遥古城 张家界 九寨沟 黄山 峨眉山
稻城亚丁 色达 香格里拉 亚龙湾 天涯海角 涠洲岛 曾厝垵 春熙路 宽窄巷子 锦里 解放碑 洪崖洞 西湖 灵隐寺 外滩 田子坊 新天地
南京路 陆家嘴 夫子庙 秦淮河 中山陵 拙政园 寒山寺 虎丘 瘦西湖 趵突泉 大明湖 崂山 八大关 泰山 曲阜 少林寺 龙门石窟
兵马俑 大雁塔 回民街 华清池 莫高窟 鸣沙山 月牙泉 青海湖 茶卡盐湖 布达拉宫 大昭寺 纳木错 喀纳斯 天池 赛里木湖 呼伦贝尔
额济纳 长白山 太阳岛 中央大街 冰雪大世界 故宫 颐和园 天坛 长城 八达岭 慕田峪 后海 什刹海 王府井 西单 五道口 中关村
维多利亚港 铜锣湾 尖沙咀 旺角 兰桂坊 澳门塔 大三巴 九份 垦丁 日月潭 阿里山 西门町 士林夜市 漓江 阳朔 西街 桂林山水
婺源 篁岭 庐山 武夷山 千岛湖 普陀山 雁荡山 楠溪江 土楼 武功山 梵净山 黄果树瀑布 荔波 西江千户苗寨 元阳梯田 泸沽湖 洱海
""")

# Shops with branches (大润发南京路店): the branch name is not a place.
PHYSICAL_SHOPS = _words("""
大润发 沃尔玛 家乐福 永辉超市 华润万家 物美 屈臣氏 苏宁易购 国美电器 星巴克 麦当劳 肯德基 必胜客 海底捞 喜茶 奈雪的茶
蜜雪冰城 瑞幸咖啡 全家 罗森 便利蜂 优衣库 无印良品 宜家 迪卡侬 周大福 老凤祥 名创优品 西西弗书店 新华书店 万达影城
""")

# Bands, idol groups, teams and associations feeds mention: organisations, not people.
GROUPS = _words("""
五月天 苏打绿 凤凰传奇 信乐团 羽泉 水木年华 筷子兄弟 旭日阳刚 飞儿乐团 TFBOYS SNH48 时代少年团 BLACKPINK BIGBANG EXO
防弹少年团 少女时代 花儿乐队 黑豹乐队 唐朝乐队 新裤子 痛仰乐队 逃跑计划 二手玫瑰 南拳妈妈 飞轮海 F4 S.H.E Twins 至上励合
牛奶咖啡 后弦 玖月奇迹 零点乐队 动力火车 梁静茹后援会 国足 国奥队 国家队 女排 中国女排 中国女足 中国男篮 中国女篮
中国足协 篮协 中国奥委会 足协 CBA 中超公司 国际足联 亚足联 欧足联 北大 清华 复旦 浙大 交大 人大 北师大 武大 中大 华科
""")

# Latin-letter words inside Chinese posts and feeds that are no names: products, models,
# abbreviations, units, tech and finance terms.
LATIN_WORDS = _words("""
iPhone iPad Mac MacBook AirPods Apple Watch Mate60 P60 Xbox PS5 PS4 Switch NS Steam Epic NBA CBA KPL LPL CEO CFO CTO
COO APP App app VR AR AI 5G 4G WiFi wifi Wi-Fi MV PK MVP GDP CPI PPI ETF IPO PE PB ST A股 H股 B站 UP主 up主 vlog Vlog
DIY KTV PPT Word Excel PDF USB Type-C SUV MPV 4S店 GPS OK ok OMG LOL DNA CT ICU VIP SVIP VIP会员 Plus Pro Max Ultra Mini
Lite SE HD 4K 8K FPS RPG MOBA MMO DLC Beta beta Bug bug BOSS boss Buff buff Carry carry GG gg MVP ADC AP AD Gank gank
Solo solo Rank rank Top top Mid mid Jungle Support Offer offer HR PM KPI OKR Logo logo LOGO Slogan Show show Party party
Style style Fashion Outlet Mall Hotel Cafe Bar Club Spa SPA Hi hi Hello hello Bye bye Yes yes No no Nice nice Cool cool
""")
