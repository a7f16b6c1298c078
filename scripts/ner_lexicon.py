"""Word lists for the name/address tagger: dictionary features and the data generator.

Hand-written lists of common facts (surnames, given-name characters, country and
city names, titles, suffixes) plus region names read from the WTFPL administrative
division tables in ``shared/reference/regions``. Nothing here comes from a
research-use corpus.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

REGIONS_DIR = Path(os.environ.get("PIGUARD_REGIONS_DIR", "/work/shared/reference/regions"))

# Surnames by rough frequency (most common first); weights fall with rank.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "呼延", "百里", "东郭", "申屠", "闻人", "万俟", "澹台", "公冶", "太叔", "濮阳", "钟离", "赫连", "拓跋", "完颜", "纳兰", "爱新觉罗"]
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红文辉力斌宇鹏飞晓婷雪琳梅颖慧莉晨阳浩然博思源子轩"
    "梓涵一诺欣怡佳琪雨萱俊杰家豪嘉欣宏伟海燕凤春秋冬松柏林森峰岩波涛鑫淼焱垚晶亮光彬彪虎龙凯旋胜利荣昌盛福禄寿喜"
    "德仁义礼智信忠孝诚恩泽润清河江山川溪云霖露霜冰月星辰旭曦瑶琦瑾瑜璐珊珍珠宝贝蓓蕾芬芸萍莲荷菊兰竹薇蓉蕊芝"
    "东南西北中天地人和平安康乐宁静远航帆舟锦绣丹青墨书琴棋诗画韵歌舞蹈翔鸿鹤燕鹰凤麟骏驰腾跃奇伦彤彦昊晗昕"
    "永长久世家振兴旺发达成功俊秀才学伊依怡宜逸毅艺忆益玲灵凌铃琳霖麟翰瀚晗涵函寒韩栋梁柱栋坤乾瑞祥嵩巍峻"
    "新生茂昭晖耀辉煌炜烨焕颖影莹滢萌梦蒙孟猛檬敬劲晋进金锦瑾谨君钧均骏"
)
# Also common in real names though ordinary in text (李想, 王兵, 张健, 刘畅, 陈花).
GIVEN_CHARS_MORE = "".join(dict.fromkeys(
    c for c in
    "兵健雷畅花柳想倩婉媛娇妍姗嫣婧娅妮娣姣美莎茜芊芮苗茹荔琼璇璟琨琛瑛珂珏玮钰铭锋锐钢铁鸣雁"
    "鹃莺凰麒驹骐骥庆欢悦恬娴淑贤惠捷聪睿哲念情意愿望希虹晴朗炫煜熠炳炎烽焰柯桐梧楠樟桦杉桃杏"
    "梨枫榕槐椿樱棠茵芷蔚翠碧绿紫朱银岭峦峥嵘崇岳浪泉滨洲顺冠魁元亨贞吉禧朝廉勤俭朴实立夏邦定"
    "洁娥武坚卫民贵富财根栓锁满双"
    if c not in GIVEN_CHARS
))
SINGLE_GIVEN_EXTRA = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华红辉斌鹏飞婷雪琳梅颖慧莉晨阳浩宇欣怡琪萱凯峰岩鑫"
TRANSLIT = (
    "阿埃艾安奥巴拜班邦保贝本比彼宾波伯布查达戴丹道德迪蒂东杜多厄恩法菲费芬丰弗福盖甘戈格古圭哈海汉豪赫亨胡华"
    "霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷里利莉林琳卢鲁路伦罗洛马迈曼毛梅门蒙米明莫墨默穆纳奈"
    "南内尼妮努诺欧帕潘佩皮普齐乔琼萨塞桑瑟森沙尚舍什史舒斯松苏索塔泰坦汤唐特蒂图托瓦旺威韦维温沃乌西希锡谢辛休"
    "雅亚扬耶伊因英尤约泽扎詹朱兹佐琴娃娅丝芙黛"
)
TRANSLIT_GIVEN = ["约翰", "玛丽", "大卫", "迈克尔", "詹姆斯", "罗伯特", "威廉", "理查德", "托马斯", "查尔斯", "乔治", "彼得", "保罗", "马克", "史蒂文", "安德鲁", "丹尼尔", "伊丽莎白", "安娜", "玛利亚", "凯瑟琳", "苏珊", "琳达", "芭芭拉", "海伦", "露西", "艾米丽", "索菲亚", "奥利维亚", "杰克", "哈里", "亨利", "路易斯", "弗拉基米尔", "谢尔盖", "伊万", "德米特里", "亚历山大", "尼古拉", "穆罕默德", "阿卜杜拉", "艾哈迈德", "买买提", "阿依古丽", "热依拉", "伊藤", "佐藤", "铃木", "高桥", "田中", "渡边", "山本", "中村", "小林", "加藤", "金正", "朴", "崔"]
TRANSLIT_FAMILY = ["史密斯", "约翰逊", "威廉姆斯", "布朗", "琼斯", "米勒", "戴维斯", "加西亚", "罗德里格斯", "威尔逊", "马丁内斯", "安德森", "泰勒", "托马斯", "摩尔", "杰克逊", "马丁", "李", "汤普森", "怀特", "哈里斯", "克拉克", "刘易斯", "罗宾逊", "沃克", "杨", "艾伦", "金", "赖特", "斯科特", "希尔", "格林", "亚当斯", "贝克", "纳尔逊", "卡特", "米切尔", "罗伯茨", "菲利普斯", "坎贝尔", "帕克", "埃文斯", "爱德华兹", "柯林斯", "斯图尔特", "莫里斯", "伊万诺夫", "彼得罗夫", "斯米尔诺夫", "普京", "梅德韦杰夫", "默克尔", "马克龙", "约翰松", "卡尔松", "穆勒", "施密特", "施耐德", "费舍尔", "艾力", "吐尔逊", "阿不都", "热合曼", "库尔班"]

EN_FIRST = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Noah", "Ethan", "Jeremy", "Walter", "Christian", "Keith", "Roger", "Terry", "Austin", "Sean", "Gerald", "Carl", "Harold", "Dylan", "Arthur", "Lawrence", "Jordan", "Jesse", "Bryan", "Billy", "Bruce", "Gabriel", "Joe", "Logan", "Alan", "Juan", "Albert", "Willie", "Elijah", "Wayne", "Randy", "Vincent", "Mason", "Roy", "Ralph", "Bobby", "Russell", "Bradley", "Philip", "Eugene", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Dorothy", "Rebecca", "Sharon", "Laura", "Cynthia", "Amy", "Kathleen", "Angela", "Shirley", "Brenda", "Emma", "Anna", "Pamela", "Nicole", "Samantha", "Katherine", "Christine", "Helen", "Debra", "Rachel", "Carolyn", "Janet", "Maria", "Catherine", "Heather", "Diane", "Olivia", "Julie", "Joyce", "Victoria", "Ruth", "Virginia", "Lauren", "Kelly", "Christina", "Joan", "Evelyn", "Judith", "Andrea", "Hannah", "Megan", "Cheryl", "Jacqueline", "Martha", "Madison", "Teresa", "Gloria", "Sara", "Janice", "Ann", "Kathryn", "Abigail", "Sophia", "Frances", "Jean", "Alice", "Judy", "Isabella", "Julia", "Grace", "Amber", "Denise", "Danielle", "Marilyn", "Beverly", "Charlotte", "Natalie", "Theresa", "Diana", "Brittany", "Doris", "Kim", "Mike", "Bob", "Tom", "Jim", "Dave", "Chris", "Steve", "Tony", "Matt", "Dan", "Ben", "Sam", "Nick", "Alex", "Kate", "Liz", "Jenny", "Wei", "Li", "Ming", "Hui", "Yan", "Jun", "Hao", "Xin", "Mei", "Ling", "Raj", "Priya", "Ahmed", "Mohammed", "Ali", "Fatima", "Yuki", "Hiroshi", "Carlos", "Luis", "Miguel", "Sofia", "Lucia"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens", "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Hansen", "Peters", "Santos", "Hart", "Bradley", "Knight", "Wang", "Zhang", "Liu", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "Luo", "Zheng", "Liang", "Tanaka", "Suzuki", "Sato", "Singh", "Kumar", "Khan", "Muller", "Schneider", "Rossi", "Dubois", "Novak", "Ivanov", "Horton", "Becker", "Hoffman", "Horn", "Keller"]
# More common English given names and family names (hand-written; well-known facts).
_EN_FIRST_MORE = """
Aiden Alan Albert Alberto Alec Alfred Allen Alvin Andre Andy Angel Antonio Arnold Barry Ben Bernard Bill
Blake Brad Brent Brett Caleb Calvin Cameron Carlos Casey Cecil Chad Charlie Chester Clarence Claude Clayton
Clifford Clint Cody Colin Connor Corey Craig Curtis Dale Dallas Damon Danny Darren Darryl Dean Derek Devin
Dominic Don Duane Dustin Earl Eddie Edgar Edwin Eli Elliot Ernest Evan Felix Fernando Floyd Francis Fred
Frederick Gavin Gene Glenn Gordon Graham Grant Greg Guy Harry Harvey Hector Herbert Howard Hugh Hunter Ian
Isaac Ivan Jake Jamie Jared Jay Jeff Jeffery Jimmy Joel Johnny Jon Jonah Julian Julius Karl Ken Kenny Kurt
Lance Lee Leo Leon Leonard Leroy Lewis Lloyd Lonnie Louis Lucas Luke Malcolm Manuel Marc Marcus Mario Marshall
Martin Marvin Max Melvin Micah Miles Milton Mitchell Morris Neil Nelson Norman Oliver Oscar Owen Pedro Perry
Phil Preston Rafael Ramon Randall Ray Reginald Ricardo Rick Ricky Rob Robin Rodney Ron Ross Ruben Rudy Sergio
Seth Shane Shawn Sidney Simon Spencer Stanley Stuart Ted Terrence Theodore Todd Travis Trevor Troy Victor Vernon
Wade Warren Wesley Wilbur Will Xavier Zach Abby Adrienne Agnes Alexis Alicia Alison Allison Alyssa Amelia Anita
Annie April Arlene Audrey Ava Barb Becky Belinda Bernice Beth Bethany Bonnie Brianna Brooke Caitlin Candice
Carla Carmen Carrie Cassandra Cathy Chelsea Chloe Cindy Claire Clara Claudia Colleen Connie Courtney Crystal
Daisy Dana Dawn Debbie Delores Diana Dolores Edith Eileen Elaine Eleanor Elena Ella Ellen Elsie Emilia Erica
Erin Esther Ethel Eva Faith Felicia Florence Gail Gina Gladys Hailey Harriet Hazel Holly Ida Irene Isabel Ivy
Jackie Jade Jane Jasmine Jeanne Jill Jo Joanna Jocelyn Josephine Joy Juanita June Kara Kari Katie Kay Kayla
Kristen Kristin Lacey Leah Leslie Lillian Lily Lindsay Lois Lorraine Louise Lucy Lydia Lynn Mabel Mandy Marcia
Margie Marian Marie Marion Marjorie Marlene Maureen Maxine Melanie Mia Mildred Miranda Molly Monica Nadia Naomi
Nina Nora Norma Paige Paula Pauline Peggy Penny Phyllis Rachael Regina Renee Rita Roberta Robyn Rosa Rose
Rosemary Roxanne Ruby Sabrina Sally Shannon Sheila Shelby Shelly Sherry Sonia Stacy Stella Sue Susie Suzanne
Sylvia Tamara Tammy Tanya Tara Tiffany Tina Tracy Valerie Vanessa Vera Veronica Vicki Violet Wanda Wendy Whitney
Yvonne Zoe Abdul Ahmad Akira Amit Arjun Chen Deepak Dmitri Elena Fatimah Giovanni Hans Hassan Ibrahim Igor
Jean Jorge Juan Kenji Klaus Lars Mahmoud Marco Mustafa Olga Omar Pablo Pierre Rahul Ravi Sanjay Sergei Takashi
Vladimir Yusuf Zhang
"""
_EN_LAST_MORE = """
Abbott Acosta Aguirre Armstrong Atkins Austin Ball Banks Barber Barker Barnett Barrett Bates Beck Benson Berry
Bishop Blair Blake Bowen Bowman Boyle Bradshaw Brady Brennan Briggs Bryan Buchanan Burke Burton Bush Byrd
Caldwell Cannon Carlson Carpenter Carr Carroll Carson Casey Chambers Chandler Chapman Christensen Church Clarke
Cobb Cohen Coleman Collier Conner Conrad Craig Cross Cummings Cunningham Curtis Daniel Davidson Dawson Day Dean
Delgado Dennis Doyle Drake Duncan Dunlap Duffy Dyer Eaton Elliott Erickson Estrada Farmer Fields Figueroa
Fitzgerald Fleming Fletcher Flynn Fowler Francis Franklin Frazier Fuller Gallagher Garner Garrett Gates George
Gilbert Gill Glover Goodman Goodwin Greene Gregory Griffith Gross Hale Haley Hammond Hanson Hardy Harmon Harper
Harrington Harvey Hawkins Haynes Hendricks Higgins Hines Hodges Hoffmann Holland Holt Hopkins Houston Howell
Hubbard Hudson Huff Humphrey Ingram Jacobs Jefferson Jennings Johnston Jordan Joseph Kane Kaufman Keith Kemp
Kerr Klein Knox Lamb Lambert Lane Lang Larson Lawrence Lawson Leonard Lindsey Little Lloyd Logan Lowe Lucas Lynch
Mack Maldonado Mann Manning Marsh Massey Matthews Maxwell May McBride McCarthy McCoy McDaniel McGee McKenzie
McLaughlin Meyers Miles Miranda Montgomery Morrison Morton Moss Mullins Newman Newton Norman Norris Norton
O'Brien O'Connor O'Neill Oliver Osborne Page Parks Parsons Patton Paul Pearson Perkins Pittman Pope Potter
Powers Quinn Randall Ray Reese Reid Rhodes Richards Riley Robbins Rowe Rush Salinas Sandoval Saunders Schultz
Schwartz Sharp Shelton Sherman Shields Short Sims Singleton Sloan Smart Stanley Steele Stein Stokes Strickland
Summers Sutton Swanson Tate Terry Thornton Todd Townsend Tyler Vaughn Wade Walsh Walters Watkins Watts Webster
Welch Wheeler Whitaker Wilkins Wilkinson Williamson Willis Wolf Wolfe Wong Woodward Yates York Zimmerman
Bauer Fischer Weber Schulz Richter Klein Wolf Neumann Schwarz Braun Hofmann Hartmann Lange Werner Krause
Bianchi Romano Ricci Russo Esposito Moretti Costa Ferrari Lambert Martins Pereira Oliveira Souza Ferreira
Jensen Nielsen Andersen Larsen Johansson Karlsson Nilsson Eriksson Petrov Smirnov Popov Kuznetsov Sokolov
Kowalski Nowak Yamamoto Watanabe Ito Nakamura Kobayashi Park Choi Jung Kang Cho Sharma Gupta Shah Mehta Reddy
Hussein Rahman Haddad Mansour Nasser Okafor Mensah Abubakar Cohen Levy Friedman Goldberg Murphy Kelly O'Sullivan
"""
# Kept apart from EN_FIRST/EN_LAST so the main generated stream stays as it was; the extra
# English block (ner_synth_en.generate_en) and the dictionary features use both.
EN_FIRST_MORE = [w for w in dict.fromkeys(_EN_FIRST_MORE.split()) if w not in EN_FIRST]
EN_LAST_MORE = [w for w in dict.fromkeys(_EN_LAST_MORE.split()) if w not in EN_LAST]
EN_TITLES = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "president", "senator", "governor", "mayor", "judge", "officer", "captain"]
EN_PLACES = ["China", "Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Hong", "Kong", "Taiwan", "Macau", "Japan", "Tokyo", "Korea", "Seoul", "India", "Delhi", "Mumbai", "Singapore", "Malaysia", "Thailand", "Bangkok", "Vietnam", "Hanoi", "Indonesia", "Jakarta", "Philippines", "Manila", "Australia", "Sydney", "Melbourne", "Canada", "Toronto", "Vancouver", "Montreal", "America", "USA", "US", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "England", "Britain", "UK", "London", "Scotland", "Ireland", "Dublin", "France", "Paris", "Germany", "Berlin", "Munich", "Italy", "Rome", "Milan", "Spain", "Madrid", "Barcelona", "Portugal", "Lisbon", "Netherlands", "Amsterdam", "Belgium", "Brussels", "Switzerland", "Zurich", "Geneva", "Austria", "Vienna", "Sweden", "Stockholm", "Norway", "Oslo", "Denmark", "Finland", "Poland", "Warsaw", "Russia", "Moscow", "Ukraine", "Kiev", "Turkey", "Istanbul", "Greece", "Athens", "Egypt", "Cairo", "Israel", "Iran", "Iraq", "Baghdad", "Syria", "Afghanistan", "Pakistan", "Kenya", "Nigeria", "Africa", "Europe", "Asia", "Texas", "California", "Florida", "York", "Chicago", "Boston", "Seattle", "Houston", "Dallas", "Austin", "Denver", "Atlanta", "Miami", "Phoenix", "Philadelphia", "Washington", "Oregon", "Portland", "Ohio", "Michigan", "Detroit", "Georgia", "Virginia", "Carolina", "Arizona", "Nevada", "Vegas", "Utah", "Colorado", "Kansas", "Missouri", "Tennessee", "Kentucky", "Alabama", "Louisiana", "Orleans", "Minnesota", "Wisconsin", "Iowa", "Indiana", "Illinois", "Pennsylvania", "Jersey", "Massachusetts", "Connecticut", "Maryland", "Hawaii", "Alaska", "Tampa", "Orlando", "Francisco", "Diego", "Angeles", "Jose", "Sacramento", "Brooklyn", "Manhattan", "Queens", "Bronx", "Oakland", "Berkeley", "Cambridge", "Oxford", "Kansas", "Iraq", "Baghdad", "Fallujah", "Mosul", "Kabul", "Pakistan", "Somalia", "Sudan"]

EN_PLACES_MULTI = (
    "New York", "San Francisco", "Los Angeles", "San Diego", "Las Vegas", "New Orleans", "New Jersey",
    "Hong Kong", "Tampa Bay", "North Carolina", "South Carolina", "South Korea", "North Korea",
    "United States", "United Kingdom", "Salt Lake City", "Kansas City", "Washington DC", "New Mexico",
    "Rhode Island", "Saudi Arabia", "South Africa", "New Zealand", "Sri Lanka", "Costa Rica",
    "San Jose", "St. Louis", "Long Beach", "Santa Monica", "Palo Alto", "Silicon Valley", "Middle East",
)  # fmt: skip
_SINGLE_ONLY = {"Francisco", "Angeles", "Diego", "Vegas", "Orleans", "Jersey", "Kong", "Jose", "Hong", "York"}
EN_PLACE_NAMES = tuple(p for p in EN_PLACES if p not in _SINGLE_ONLY) + EN_PLACES_MULTI

COUNTRIES = ["中国", "美国", "英国", "法国", "德国", "日本", "韩国", "朝鲜", "俄罗斯", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "瑞士", "奥地利", "瑞典", "挪威", "丹麦", "芬兰", "冰岛", "爱尔兰", "波兰", "捷克", "斯洛伐克", "匈牙利", "罗马尼亚", "保加利亚", "希腊", "土耳其", "乌克兰", "白俄罗斯", "立陶宛", "拉脱维亚", "爱沙尼亚", "塞尔维亚", "克罗地亚", "斯洛文尼亚", "阿尔巴尼亚", "加拿大", "墨西哥", "巴西", "阿根廷", "智利", "秘鲁", "哥伦比亚", "委内瑞拉", "古巴", "牙买加", "澳大利亚", "新西兰", "印度", "巴基斯坦", "孟加拉国", "尼泊尔", "斯里兰卡", "缅甸", "泰国", "越南", "老挝", "柬埔寨", "马来西亚", "新加坡", "印度尼西亚", "菲律宾", "蒙古", "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦", "阿富汗", "伊朗", "伊拉克", "叙利亚", "约旦", "黎巴嫩", "以色列", "巴勒斯坦", "沙特阿拉伯", "也门", "阿曼", "阿联酋", "卡塔尔", "科威特", "巴林", "埃及", "利比亚", "突尼斯", "阿尔及利亚", "摩洛哥", "苏丹", "埃塞俄比亚", "肯尼亚", "坦桑尼亚", "乌干达", "卢旺达", "刚果", "安哥拉", "赞比亚", "津巴布韦", "南非", "纳米比亚", "尼日利亚", "加纳", "塞内加尔", "马里", "喀麦隆", "马达加斯加", "布基纳法索", "尼日尔", "乍得", "索马里", "莫桑比克", "斐济", "巴布亚新几内亚", "格鲁吉亚", "亚美尼亚", "阿塞拜疆"]
WORLD_PLACES = ["纽约", "华盛顿", "洛杉矶", "旧金山", "芝加哥", "波士顿", "西雅图", "休斯敦", "费城", "迈阿密", "拉斯维加斯", "夏威夷", "阿拉斯加", "加利福尼亚", "得克萨斯", "佛罗里达", "伦敦", "巴黎", "柏林", "慕尼黑", "法兰克福", "罗马", "米兰", "威尼斯", "马德里", "巴塞罗那", "里斯本", "阿姆斯特丹", "布鲁塞尔", "日内瓦", "苏黎世", "维也纳", "斯德哥尔摩", "奥斯陆", "哥本哈根", "赫尔辛基", "华沙", "布拉格", "布达佩斯", "雅典", "伊斯坦布尔", "莫斯科", "圣彼得堡", "基辅", "东京", "大阪", "京都", "横滨", "名古屋", "首尔", "釜山", "平壤", "曼谷", "河内", "胡志明市", "金边", "吉隆坡", "雅加达", "马尼拉", "新德里", "孟买", "加尔各答", "卡拉奇", "伊斯兰堡", "喀布尔", "德黑兰", "巴格达", "大马士革", "贝鲁特", "耶路撒冷", "特拉维夫", "开罗", "内罗毕", "约翰内斯堡", "开普敦", "悉尼", "墨尔本", "奥克兰", "多伦多", "温哥华", "蒙特利尔", "渥太华", "墨西哥城", "里约热内卢", "圣保罗", "布宜诺斯艾利斯", "利马", "圣地亚哥", "哈瓦那", "亚洲", "欧洲", "非洲", "北美", "南美", "拉美", "大洋洲", "南极洲", "中东", "东南亚", "南亚", "中亚", "西亚", "东亚", "东欧", "西欧", "北欧", "南欧", "亚太", "巴尔干", "加勒比", "太平洋", "大西洋", "印度洋", "北冰洋", "地中海", "波斯湾", "南海", "东海", "黄海", "渤海", "台湾海峡", "马六甲海峡", "西伯利亚", "中南半岛", "朝鲜半岛", "克里米亚", "科索沃", "车臣", "加沙", "约旦河西岸", "戈兰高地"]
CN_GEO = ["长江", "黄河", "珠江", "淮河", "海河", "辽河", "松花江", "黑龙江", "雅鲁藏布江", "澜沧江", "怒江", "金沙江", "嘉陵江", "汉江", "湘江", "赣江", "闽江", "钱塘江", "黄浦江", "漓江", "乌江", "岷江", "大渡河", "洞庭湖", "鄱阳湖", "太湖", "巢湖", "洪泽湖", "西湖", "青海湖", "滇池", "洱海", "千岛湖", "纳木错", "泰山", "华山", "衡山", "恒山", "嵩山", "黄山", "庐山", "峨眉山", "武夷山", "九华山", "普陀山", "五台山", "井冈山", "张家界", "九寨沟", "长白山", "天山", "昆仑山", "喜马拉雅", "珠穆朗玛峰", "秦岭", "太行山", "大兴安岭", "小兴安岭", "祁连山", "阿尔泰山", "横断山", "武陵山", "大别山", "青藏高原", "黄土高原", "云贵高原", "内蒙古高原", "四川盆地", "塔里木盆地", "准噶尔盆地", "柴达木盆地", "华北平原", "东北平原", "长江三角洲", "珠江三角洲", "海南岛", "崇明岛", "舟山群岛", "钓鱼岛", "南沙群岛", "西沙群岛", "塔克拉玛干", "戈壁", "三峡", "葛洲坝", "天安门", "故宫", "长城", "外滩", "陆家嘴", "中关村", "王府井", "西单", "天坛", "颐和园", "圆明园", "兵马俑", "布达拉宫", "大运河", "华北", "华东", "华南", "华中", "西南", "西北", "东北", "中原", "江南", "岭南", "关中", "塞北", "大陆", "内地", "沿海", "港澳", "港澳台", "两岸", "粤港澳大湾区", "京津冀", "长三角", "珠三角", "苏北", "苏南", "皖北", "豫西", "陕北", "晋南", "川西", "藏北", "浦东", "浦西", "深圳湾", "前海", "雄安"]
# Single-character abbreviations that news uses as places (中美, 访华, 赴港).
PLACE_ABBREV = "中美日英法德俄韩朝印越泰澳加意西葡荷苏京沪津渝港澳台粤闽浙苏皖赣鲁豫鄂湘川黔滇藏陕甘青宁新蒙辽吉黑冀晋琼桂"

TITLES_ZH = ["先生", "女士", "小姐", "同志", "老师", "教授", "博士", "医生", "大夫", "护士", "律师", "记者", "编辑", "主任", "经理", "总经理", "董事长", "总裁", "主席", "副主席", "总理", "副总理", "总统", "副总统", "首相", "部长", "副部长", "省长", "副省长", "市长", "副市长", "县长", "区长", "镇长", "乡长", "村长", "书记", "副书记", "委员", "代表", "局长", "处长", "科长", "厅长", "院长", "校长", "所长", "站长", "队长", "厂长", "会长", "秘书长", "主教", "大使", "司令", "将军", "上将", "中将", "少将", "教练", "队员", "选手", "运动员", "演员", "导演", "歌手", "作家", "画家", "诗人", "学者", "专家", "工程师", "师傅", "老板", "员工", "客服", "工作人员", "负责人", "联系人", "收件人", "寄件人", "患者", "病人", "家属", "学生", "同学", "阿姨", "叔叔", "大爷", "大妈", "太太", "夫人", "儿子", "女儿", "父亲", "母亲", "妻子", "丈夫", "哥哥", "姐姐", "弟弟", "妹妹"]
ORG_SUFFIXES = ["公司", "有限公司", "集团", "银行", "大学", "学院", "中学", "小学", "幼儿园", "医院", "卫生院", "诊所", "委员会", "政府", "人民政府", "法院", "检察院", "公安局", "派出所", "局", "厅", "部", "署", "办", "办公室", "研究所", "研究院", "中心", "协会", "学会", "基金会", "联合会", "报社", "日报", "晚报", "电视台", "电台", "出版社", "党委", "支部", "工会", "银行", "证券", "保险", "基金", "俱乐部", "队", "国家队", "代表团", "工厂", "厂", "商场", "超市", "酒店", "宾馆", "饭店", "餐厅", "书店", "事务所", "分行", "支行", "分公司", "总部", "大厦", "广场", "机场", "车站", "火车站", "地铁站", "港口", "码头", "博物馆", "图书馆", "体育馆", "公园"]

# More words that end or head an organisation's name (中国人民解放军, 中国共产党, 国际贸易促进会),
# for the organisation dictionary only (generated organisations keep the list above).
ORG_WORDS_MORE = [
    "解放军", "志愿军", "军区", "部队", "舰队", "集团军", "武警", "共产党", "政协", "人大",
    "常委会", "党支部", "商会", "总会", "理事会", "董事会", "研究会", "促进会", "联络会",
    "代表处", "办事处", "工作组", "组委会", "委员会", "仲裁院", "科学院", "工程院", "研究中心",
    "杂志社", "通讯社", "新闻社", "广播电台", "艺术团", "歌舞团", "剧团", "乐团", "合唱团",
    "足协", "篮协", "体育总局", "外交部", "国务院",
]

ADMIN_SUFFIX_CHARS = "省市县区镇乡村州盟旗屯寨组"
STREET_SUFFIX_CHARS = "路街道巷弄里胡同大道环线"
BUILDING_SUFFIX_CHARS = "号栋幢楼单元室层座院期区苑园府邸庭坊舍门"
NUMERAL_CHARS = "一二三四五六七八九十百千万零〇两壹贰叁肆伍陆柒捌玖拾"
GEO_SUFFIX_CHARS = "山河江湖海岛峰湾港洲峡谷岭坡溪泉塘池滩沟洼坝堡"
PERSON_AFTER_CHARS = "说称讲道问答笑等曾和与及向对将被把让叫是在的也都已又"
ORG_SUFFIX_CHARS = "司团行校院局厅部委会社台所厂队店馆处署办"


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(REGIONS_DIR / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


_SHORTEN = (
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "地区",
    "街道办事处", "街道", "省", "市", "区", "县", "镇", "乡", "盟", "旗",
)  # fmt: skip
_ETHNIC = (
    "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
    "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族",
    "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
    "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "鄂温克族", "德昂族", "保安族",
    "裕固族", "京族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "各族",
)  # fmt: skip


def short_name(name: str) -> str:
    """Name without its administrative suffix (``云南省`` -> ``云南``), if 2+ chars remain."""
    for suffix in _SHORTEN:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            base = name[: -len(suffix)]
            stripped = True
            while stripped:  # 德宏傣族景颇族 -> 德宏
                stripped = False
                for ethnic in sorted(_ETHNIC, key=len, reverse=True):
                    if base.endswith(ethnic) and len(base) - len(ethnic) >= 2:
                        base = base[: -len(ethnic)]
                        stripped = True
                        break
            return base
    return name


@cache
def regions() -> dict[str, list[tuple[str, ...]]]:
    """Administrative divisions: provinces, cities, counties and towns with parents.

    Rows are ``(name, parent code, own code)``; municipality placeholders (市辖区,
    县) are dropped.
    """
    provinces = [(r["name"], "", r["code"]) for r in _read_csv("provinces.csv")]
    cities = [
        (r["name"], r["provinceCode"], r["code"])
        for r in _read_csv("cities.csv")
        if r["name"] not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
    ]
    areas = [(r["name"], r["cityCode"], r["code"]) for r in _read_csv("areas.csv")]
    streets = [(r["name"], r["areaCode"], r["code"]) for r in _read_csv("streets.csv")]
    extra = json.loads((REGIONS_DIR / "HK-MO-TW.json").read_text(encoding="utf-8"))
    for top, subs in extra.items():
        provinces.append((top, "", top))
        for city, parts in subs.items():
            cities.append((city, top, city))
            areas.extend((p, city, city + p) for p in parts)
    return {"province": provinces, "city": cities, "area": areas, "street": streets}


def jieba_entries() -> Iterator[tuple[str, int, str]]:
    """(word, frequency, part-of-speech tag) of every entry of jieba's MIT-licensed dictionary."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            yield parts[0], int(parts[1]), parts[2]


@cache
def ordinary_words(min_freq: int = 30) -> frozenset[str]:
    """Chinese words of jieba's MIT-licensed dictionary that are not proper nouns.

    Only the word strings are used; entries tagged as names, places, organisations or
    other proper nouns (nr*, ns, nt, nz), abbreviations (j), English and symbols are
    left out, and so are words longer than the tagger's dictionary probe (8 characters).
    """
    import re

    skip = ("nr", "ns", "nt", "nz", "eng", "x", "j")
    return frozenset(
        word
        for word, freq, tag in jieba_entries()
        if freq >= min_freq and not tag.startswith(skip)
        and 2 <= len(word) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", word)
    )  # fmt: skip


def idioms(min_freq: int = 20, below: int | None = None) -> tuple[str, ...]:
    """Four-character idioms and set phrases of jieba's dictionary (tags i and l) with a
    frequency of at least ``min_freq`` (and under ``below``), sorted.

    Many start with or hold a surname character (麻木不仁, 高瞻远瞩, 方兴未艾): without
    them in the generated sentences the tagger reads their last characters as a name.
    """
    return tuple(sorted({
        word
        for word, freq, tag in jieba_entries()
        if tag in ("i", "l") and len(word) == 4 and freq >= min_freq and (below is None or freq < below)
    }))  # fmt: skip


def region_short(name: str, level: str) -> str:
    """The short form of a division's name for running text, or the full name when the
    short form of a county or town is an ordinary word: 人民, 交通, 和平 and 公平 are
    towns (人民乡, 公平镇) but in text almost always just words."""
    short = short_name(name)
    if level in ("area", "street") and short in ordinary_words():
        return name
    return short


@cache
def region_words() -> list[str]:
    """Every region name in full and short form (for the REGION dictionary)."""
    out: set[str] = set()
    for level, rows in regions().items():
        for name, *_ in rows:
            if len(name) >= 2:
                out.add(name)
                short = region_short(name, level)
                if len(short) >= 2:
                    out.add(short)
    return sorted(out)
