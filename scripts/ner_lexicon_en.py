"""English word lists for the generated news-style training sentences (``ner_synth_en``).

Hand-written lists of common facts: given and family names of many origins (as
English-language news transliterates them), countries, cities and regions, titles,
nationalities, and organisations, clubs and products that look like names or places
(hard negatives). Nothing here comes from a labelled corpus; the names of people in
``benchmarks/data/en_news_eval.jsonl`` were kept out, so that check stays held out.
"""

from __future__ import annotations


def _words(block: str) -> tuple[str, ...]:
    """Whitespace-separated words; ``_`` joins a multi-word name (de_Jong is one name)."""
    return tuple(dict.fromkeys(w.replace("_", " ") for w in block.split()))


# -- people: given names and family names by origin ------------------------------
GIVEN = {
    "english": _words("""
        Adam Alan Alex Alice Andrew Angela Anne Anthony Barbara Ben Brian Carol Catherine Charles Chris Claire
        Colin Craig Daniel David Deborah Derek Diana Donald Douglas Edward Elizabeth Emily Emma Frank Gary
        Geoffrey Graham Hannah Harold Helen Henry Ian Jack Jacqueline James Jane Janet Jennifer Jeremy Jessica
        Joan Jonathan Joseph Julia Julie Karen Kate Keith Kenneth Kevin Laura Lawrence Linda Lucy Malcolm
        Margaret Mark Martin Mary Matthew Melissa Michelle Neil Nicholas Nigel Oliver Patricia Patrick Paul
        Peter Philip Rachel Raymond Rebecca Richard Robert Roger Ronald Rosemary Ruth Sarah Simon Stephen
        Steven Stuart Susan Terry Thomas Timothy Trevor Victoria Walter William Zoe Wendy Kirsty Fiona Hamish
        Angus Rhys Gareth Owen Bryn Siobhan Niamh Declan Ciaran Seamus Liam Brendan Aidan Conor Sinead
        Dwight Tyrone Darnell Marcus Jamal Latoya Keisha Shaun Dean Wayne Lee Carl Glenn Kurt Brad Chad Todd
        """),
    "german": _words("""
        Hans Klaus Dieter Wolfgang Helmut Gerhard Horst Manfred Werner Rolf Uwe Jens Jochen Karl-Heinz
        Hans-Dietrich Friedrich Gunter Lothar Rudolf Ulrich Wilfried Bernd Joachim Stefan Thorsten Sven Lars
        Ingrid Ursula Renate Monika Petra Sabine Brigitte Heike Claudia Angelika Gisela Annegret Franziska
        """),
    "dutch": _words("""
        Pieter Jan Johan Wim Henk Kees Joost Ruud Marco Frank Arjen Edwin Rinus Dirk Maarten Bram Sjaak
        Hendrik Willem Jeroen Bas Niels Ronald Gerrit Ad Hans Frans Anouk Marieke Femke Sanne Mieke
        """),
    "french": _words("""
        Jean Pierre Jacques Michel Philippe Alain Bernard Claude Francois Laurent Nicolas Olivier Didier
        Thierry Patrice Lionel Dominique Herve Gilles Yves Jean-Pierre Jean-Claude Jean-Luc Jean-Marie
        Marie Catherine Isabelle Sylvie Nathalie Martine Ségolène Simone Brigitte Christine Edith Elodie
        """),
    "italian": _words("""
        Giuseppe Giovanni Antonio Mario Luigi Francesco Paolo Roberto Alessandro Massimo Fabio Gianluca
        Marcello Claudio Carlo Enrico Franco Giorgio Luca Sergio Silvio Walter Umberto Vittorio Gianni
        Francesca Giulia Chiara Laura Paola Alessandra Emma Lucia Raffaella
        """),
    "spanish": _words("""
        Jose Juan Carlos Luis Miguel Javier Francisco Fernando Manuel Antonio Pedro Alfonso Rafael Ricardo
        Jorge Alejandro Diego Raul Felipe Gonzalo Ignacio Santiago Alvaro Joaquin Emilio Andres Eduardo
        Maria Carmen Isabel Pilar Rosa Lucia Elena Ana Beatriz Marta Mercedes Dolores Consuelo
        Joao Paulo Rui Luis Nuno Vitor Jorge Gustavo Marcelo Rodrigo Thiago Fabiana Fernanda Graca
        """),
    "slavic": _words("""
        Vladimir Sergei Alexei Dmitry Nikolai Yuri Igor Oleg Viktor Anatoly Mikhail Gennady Andrei Pavel
        Leonid Yevgeny Grigory Vitaly Boris Ivan Arkady Valery Natalya Olga Svetlana Tatiana Irina Yelena
        Galina Lyudmila Marina Oksana Anna Jerzy Krzysztof Tadeusz Wojciech Lech Andrzej Piotr Marek
        Tomasz Jacek Zbigniew Agnieszka Katarzyna Malgorzata Vaclav Jiri Milan Petr Pavel Jan Zdenek
        Slobodan Dragan Zoran Goran Vojislav Franjo Alija Hashim Zeljko Dejan Milorad Jovan Mirko Vesna
        Viktor Laszlo Gyula Istvan Ferenc Zsolt Ion Nicolae Emil Traian Todor Petar Zhelyu Bojan
        """),
    "arabic": _words("""
        Mohammed Muhammad Ahmed Ahmad Ali Hassan Hussein Omar Khaled Khalid Mahmoud Mustafa Ibrahim Youssef
        Abdullah Abdel Abdul Saeed Salim Nabil Walid Tariq Karim Samir Fouad Jamal Rashid Faisal Hamad
        Saad Sami Ghazi Adel Amr Ayman Hamid Anwar Farouk Yasin Ziad Marwan Nayef Sultan Bashar
        Fatima Aisha Layla Leila Huda Rania Nour Yasmin Mona Salma Hanan Zainab
        """),
    "turkish_persian": _words("""
        Mehmet Mustafa Ahmet Recep Suleyman Kemal Turgut Tansu Bulent Mesut Hikmet Ismail Emine Tansu
        Ali Akbar Hassan Mahmoud Mohammad Reza Javad Hossein Mir-Hossein Ali-Akbar Abolhassan Kamal Shirin
        """),
    "south_asian": _words("""
        Rajiv Rahul Sanjay Amit Vijay Anil Sunil Arjun Ravi Sachin Sourav Rajesh Manmohan Atal Lal Krishna
        Narendra Mohan Pranab Arun Sushma Sonia Priyanka Indira Nawaz Imran Pervez Shahid Inzamam
        Javed Saeed Aamir Ramiz Sanath Arjuna Muttiah Kumar Mahinda Sheikh Hasina Khaleda
        """),
    "east_asian": _words("""
        Hiroshi Takeshi Kenji Yoshiro Keizo Junichiro Shinzo Taro Ichiro Koji Masahiko Naoto Yukio Toshiki
        Makoto Akira Haruki Kazuo Yuko Keiko Akiko Naoko Mariko Sachiko Tomoko
        Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Oh Seo Kwon
        Jiang Zhu Hu Wen Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Gao Lin Luo
        Nguyen Tran Le Pham Vo Hoang Somchai Thaksin Chuan Suharto Abdurrahman Susilo Joseph Corazon
        """),
    "african": _words("""
        Kofi Kwame Jomo Nelson Jacob Cyril Desmond Olusegun Goodluck Muhammadu Sani Ibrahim Yoweri
        Paul Robert Morgan Kenneth Julius Daniel Uhuru Raila Mwai Ellen Joyce Winnie Graca Chinua Wole
        Abebe Tegla Paul Moses Samuel Emmanuel Kenenisa Tirunesh Derartu Noah Kipchoge
        """),
    "nordic_greek": _words("""
        Lars Anders Bjorn Nils Erik Olof Gustav Magnus Henrik Mikael Stefan Jens Poul Anders Harri Esko
        Matti Mika Jari Kimi Sauli Tarja Gro Ingvar Thorbjorn Carl Jonas Kari Kristian
        Andreas Georgios Konstantinos Dimitris Nikos Yannis Kostas Alexis Antonis Evangelos Giorgos Costas
        """),
}

FAMILY = {
    "english": _words("""
        Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White
        Roberts Green Hall Wood Jackson Clarke Harrison Cooper Ward Morris Hughes Edwards Turner Collins
        Stewart Parker Bennett Cook Murray Bell Foster Hunt Palmer Mills Barnes Fisher Knight Lloyd
        Marshall Russell Watson Baker Price Chapman Gibson Spencer Pearce Webb Graham Kennedy Burns Dunn
        Gallagher Kelly Murphy Byrne Ryan Doyle McCarthy Quinn Fitzgerald Sullivan O'Brien O'Connor O'Neill
        McDonald McLeod MacKenzie McGregor Campbell Fraser Ferguson Sinclair Henderson Paterson Crawford
        Armstrong Atkinson Ashworth Cartwright Whitfield Fairbanks Hollingsworth Pemberton Redknapp Sheringham
        Fowler Southgate Shearman Pearson Beckford Lampard Ince Gascoigne Merson Dixon Adams Seaman Keown
        Lineker Platt Wilkins Hoddle Gower Botham Gooch Stewart Lamb Crawley Ramprakash Cork Caddick
        """),
    "german": _words("""
        Mueller Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter
        Klein Wolf Schroeder Neumann Schwarz Zimmermann Braun Kruger Hartmann Lange Werner Krause Lehmann
        Kohler Vogts Beckenbauer Rummenigge Matthaus Voeller Hassler Effenberg Ziege Bierhoff Kuntz Helmer
        Eichel Lafontaine Scharping Genscher Kinkel Schaeuble Stoiber Merz Steinbrueck Westerwelle
        """),
    "dutch": _words("""
        de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos
        Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer
        van_der_Sar de_Boer Stam Davids Seedorf Cocu Bosvelt Zenden Makaay Hiddink Advocaat Rijkaard Koeman
        Lubbers Balkenende Rutte Wijnschenk Oosterhuis Vermeulen Hoekstra Verhoeven
        """),
    "french": _words("""
        Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel
        Garcia David Bertrand Roux Vincent Fournier Morel Girard Andre Mercier Dupont Lambert Bonnet Francois
        Martinez Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin
        Deschamps Desailly Blanc Djorkaeff Zidane Papin Cantini Barthez Petit Lizarazu Thuram Leboeuf
        Balladur Jospin Fabius Rocard Giscard Delors Barre Villepin Sarkozy Hollande
        """),
    "italian": _words("""
        Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca
        Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso
        Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Baggio Maldini Baresi Costacurta Albertini
        Zola Casiraghi Chiesa Di_Matteo Donadoni Sacchi Zoff Andreotti Craxi Amato Dini Scalfaro Fini Bossi
        """),
    "spanish": _words("""
        Garcia Fernandez Gonzalez Rodriguez Lopez Martinez Sanchez Perez Gomez Martin Jimenez Ruiz Hernandez
        Diaz Moreno Alvarez Munoz Romero Alonso Gutierrez Navarro Torres Dominguez Vazquez Ramos Gil Ramirez
        Serrano Blanco Molina Morales Suarez Ortega Delgado Castro Ortiz Rubio Marin Sanz Iglesias Medina
        Hierro Raul Guardiola Luis_Enrique Nadal Zubizarreta Camacho Clemente Menem Cavallo Lagos
        Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ferreira Ribeiro Alves Gomes Lima Rocha
        Cardoso Barbosa Cavaco Guterres Soares Figo Rui_Costa Baia Couto
        """),
    "slavic": _words("""
        Ivanov Petrov Sidorov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Alekseev
        Pavlov Semyonov Golubev Vinogradov Bogdanov Vorobyov Fyodorov Mikhailov Belov Tarasov Belyakov
        Chernomyrdin Primakov Kiriyenko Stepashin Zyuganov Zhirinovsky Luzhkov Nemtsov Chubais Yavlinsky
        Kowalski Nowak Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski
        Walesa Mazowiecki Oleksy Cimoszewicz Buzek Balcerowicz Geremek Havel Klaus Zeman Tosovsky Meciar
        Milosevic Izetbegovic Tudjman Mladic Silajdzic Djukanovic Draskovic Kostunica Djindjic Mesic Granic
        Horvat Kovacevic Babic Markovic Petrovic Jovanovic Nikolic Savicevic Prosinecki Boban
        Horn Orban Gyurcsany Nemeth Iliescu Constantinescu Stoyanov Zhelev Berisha Nano Lukashenko
        Shevardnadze Aliyev Nazarbayev Karimov Akayev Rakhmonov Niyazov Ter-Petrosyan Kocharyan Dudayev
        """),
    "arabic": _words("""
        Sadat Nasser Assad Hussein Saddam Aziz Abbas Qurei Erekat Shaath Barghouti Rantisi
        Haniyeh Meshaal Nasrallah Hariri Berri Jumblatt Karami Hoss Lahoud Aoun Gemayel Saleh Hadi Bashir
        Gaddafi Qaddafi Ben_Ali Bouteflika Zeroual Hassan Khatami Rafsanjani Khamenei Velayati Rouhani
        al-Sabah al-Thani al-Khalifa al-Nahyan al-Maktoum al-Saud bin_Laden al-Zawahri al-Tikriti al-Maliki
        Moussa Aboul_Gheit Maher Fahmy Sabri Ghali Hamdan Khoury Haddad Nassar Khalil Rahman Karim Saeed
        Suleiman Mansour Zaki Farouk Hamid Tawfik Kamal Osman Hashem Ismail Shukri Qasim Jaber
        """),
    "turkish_persian": _words("""
        Yilmaz Ciller Ecevit Demirel Ozal Erdogan Gul Davutoglu Bahceli Baykal Mesut Inonu Ozkan Celik
        Aydin Kaya Demir Sahin Arslan Dogan Kilic Aslan Koc Kurt Ozturk Tekin Mousavi Karroubi Larijani
        """),
    "south_asian": _words("""
        Gandhi Singh Sharma Gupta Patel Rao Reddy Nehru Vajpayee Advani Kumar Yadav Chidambaram Mukherjee
        Banerjee Chatterjee Das Bose Sen Nair Menon Iyer Pillai Tendulkar Dravid Ganguly Kumble Azharuddin
        Srinath Prasad Kapil Shastri Sharif Musharraf Khan Qureshi Inzamam Rashid Ahmed
        Jayasuriya Ranatunga Muralitharan de_Silva Kumaratunga Rajapaksa Wickremesinghe Zia Ershad Hasina
        """),
    "east_asian": _words("""
        Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
        Matsumoto Inoue Kimura Hayashi Shimizu Mori Abe Ikeda Obuchi Murayama Kaifu Miyazawa
        Koizumi Fukuda Aso Hatoyama Kan Noda Okada Ozawa Nakasone Takeshita Kono Miyazaki Nakata
        Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Oh Seo Kwon Hwang Ahn Song Yoo Hong
        Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng
        Tang Deng Xie Han Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu
        Nguyen Tran Le Pham Hoang Vo Dang Bui Do Ngo Duong Ly Phan Vu Thanarat Shinawatra Leekpai Chavalit
        Habibie Wahid Sukarno Yudhoyono Ramos Estrada Aquino Arroyo Marcos Anwar Badawi Goh Lee
        """),
    "african": _words("""
        Zuma Ramaphosa Tutu Buthelezi de_Klerk Annan Rawlings Kufuor Obasanjo Abacha Babangida
        Jonathan Buhari Museveni Kagame Mugabe Tsvangirai Kenyatta Odinga Kibaki Nyerere Mkapa Kaunda Chiluba
        Mobutu Tshisekedi Sirleaf Taylor Doe Mengistu Zenawi Afwerki Barre Aideed Bashir Turabi
        Okafor Okonkwo Adeyemi Mensah Boateng Owusu Kamau Otieno Mutua Kiprotich Kiptanui Tergat Gebreselassie
        Bekele Dibaba Tulu Wolde Kiplagat Keino Ngugi Achebe Soyinka Onyango Wanjiru Ndereba
        """),
    "nordic_greek": _words("""
        Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Svensson Gustafsson Pettersson
        Hansen Jensen Nielsen Pedersen Rasmussen Christensen Larsen Sorensen Olsen Johansen Berg Haugen
        Carlsson Lindh Brundtland Jagland Stoltenberg Bondevik Ahtisaari Halonen Aho Nyrup
        Laudrup Schmeichel Brolin Dahlin Ravelli Edberg Wilander Borg Ahonen Hakkinen Salo Koivu Sundin
        Papandreou Mitsotakis Karamanlis Pangalos Papoulias Stephanopoulos Tsipras Samaras Venizelos
        Papadopoulos Georgiou Nikolaidis Charisteas Karagounis Dellas Zagorakis Kapsis Katsouranis
        """),
}

#: Short forms and nicknames as people sign emails and posts (Vince, Liz, Matt).
NICKNAMES = _words("""
    Al Abe Alf Andy Archie Art Barb Barney Bart Becky Ben Benny Bert Bess Bessie Beth Betsy Betty Bill Billy
    Bob Bobby Brad Cal Cam Cathy Charlie Chas Chip Chris Chuck Cindy Cliff Connie Dan Danny Dave Davy Deb
    Debbie Dee Dick Dom Don Donnie Dot Doug Drew Ed Eddie Ellie Fran Frankie Fred Freddie Gabe Gene Gerry
    Ginny Greg Gus Hal Hank Harry Hattie Ike Izzy Jack Jackie Jake Jan Jen Jenny Jerry Jess Jill Jim Jimmy
    Jo Joe Joey Jon Jonny Josh Judy Kate Kathy Katie Ken Kenny Kim Kit Larry Len Lenny Les Liz Lizzie Lou
    Maggie Mandy Manny Marge Matt Mattie Max Meg Mel Mick Mickey Mike Mikey Mitch Molly Nan Nat Ned Nell
    Nick Nicky Nora Norm Pam Pat Patty Peg Peggy Pete Phil Phillip Ray Rich Rick Ricky Rob Robbie Ron
    Ronnie Rosie Russ Sal Sam Sammy Sandy Sid Stan Steve Stevie Sue Susie Suzy Ted Teddy Terri Tess Tim
    Timmy Tom Tommy Tony Trish Val Vic Vicky Vince Vinny Walt Will Willie Zack Constance Cornelius Clement
    Desmond Edmund Eugene Ferdinand Gilbert Horace Ignatius Lionel Mortimer Percival Reginald Rupert Sylvester
    Ambrose Barnaby Benedict Casper Cyril Dudley Everett Gideon Jasper Lucius Magnus Nigel Octavia Phoebe
    Prudence Rosalind Rowena Tabitha Thea Winifred Agatha Beatrice Cecilia Cordelia Delia Eloise Esme Flora
    Greta Harriet Imogen Iris Isla Juno Lavinia Letitia Mabel Matilda Maud Millicent Myrtle Odette Opal
    Petra Philippa Rosalie Sybil Theodora Ursula Verity Vivian Wilhelmina Yolanda Zelda
""")

#: Name particles that stay lower case inside a name (Daniel arap Moi, Vincent van Gogh).
PARTICLES = ("van", "van der", "van den", "de", "de la", "del", "della", "di", "da", "dos", "von", "bin", "ibn",
 "al-", "el-", "abu", "ben", "arap", "le", "du")  # fmt: skip

# -- places ------------------------------------------------------------------------
COUNTRIES = (
    *_words("""
    Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
    Belarus Belgium Benin Bolivia Bosnia Botswana Brazil Britain Bulgaria Burundi Cambodia Cameroon Canada
    Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechoslovakia Denmark Ecuador Egypt England Eritrea
    Estonia Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Guatemala Guinea Haiti
    Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan
    Kenya Korea Kuwait Kyrgyzstan Laos Latvia Lebanon Liberia Libya Lithuania Luxembourg Macedonia
    Madagascar Malawi Malaysia Mali Malta Mauritania Mexico Moldova Monaco Mongolia Montenegro Morocco
    Mozambique Myanmar Burma Namibia Nepal Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan
    Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia
    Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania
    Thailand Togo Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales
    Yemen Yugoslavia Zaire Zambia Zimbabwe Palestine Kosovo Chechnya Tibet Kashmir Kurdistan
    """),
    "United States", "United Kingdom", "South Africa", "South Korea", "North Korea", "New Zealand",
    "Saudi Arabia", "Sri Lanka", "Costa Rica", "Ivory Coast", "Sierra Leone", "El Salvador",
    "Czech Republic", "Dominican Republic", "Northern Ireland", "Papua New Guinea", "Burkina Faso",
    "Trinidad and Tobago", "United Arab Emirates", "U.S.", "USA", "UK", "U.K.",
)  # fmt: skip

CITIES = (
    *_words("""
    London Paris Berlin Bonn Rome Madrid Lisbon Vienna Prague Warsaw Budapest Bucharest Sofia Belgrade Zagreb
    Ljubljana Bratislava Athens Ankara Istanbul Moscow Kiev Minsk Riga Vilnius Tallinn Helsinki Stockholm Oslo
    Copenhagen Reykjavik Dublin Edinburgh Glasgow Cardiff Belfast Manchester Liverpool Leeds Birmingham
    Sheffield Bristol Newcastle Southampton Nottingham Brussels Antwerp Amsterdam Rotterdam Utrecht Eindhoven
    Luxembourg Geneva Zurich Basel Berne Lausanne Milan Turin Naples Florence Venice Genoa Bologna
    Palermo Barcelona Seville Valencia Bilbao Malaga Porto Marseille Lyon Toulouse Nice Bordeaux Strasbourg
    Lille Nantes Monaco Munich Frankfurt Hamburg Cologne Stuttgart Dusseldorf Dortmund Leipzig Dresden Hanover
    Bremen Salzburg Innsbruck Krakow Gdansk Sarajevo Pristina Skopje Tirana Chisinau Tbilisi Yerevan Baku
    Grozny Almaty Tashkent Bishkek Dushanbe Ashgabat Kabul Tehran Baghdad Basra Mosul Kirkuk Damascus Aleppo
    Beirut Amman Jerusalem Gaza Hebron Nablus Ramallah Cairo Alexandria Riyadh Jeddah Mecca Kuwait
    Doha Manama Dubai Muscat Sanaa Aden Khartoum Tripoli Tunis Algiers Rabat Casablanca Nairobi
    Mombasa Kampala Kigali Bujumbura Goma Kinshasa Brazzaville Lagos Abuja Accra Dakar Abidjan Monrovia
    Freetown Asmara Mogadishu Harare Lusaka Maputo Luanda Windhoek Gaborone Pretoria Johannesburg
    Durban Karachi Lahore Islamabad Peshawar Quetta Delhi Bombay Mumbai Calcutta Kolkata Madras
    Chennai Bangalore Hyderabad Colombo Kathmandu Dhaka Rangoon Yangon Bangkok Hanoi Saigon
    Vientiane Jakarta Manila Singapore Beijing Shanghai Guangzhou Shenzhen Tianjin Wuhan
    Chongqing Taipei Seoul Pyongyang Tokyo Osaka Kyoto Kobe Yokohama Nagoya Hiroshima Okinawa Sydney
    Melbourne Brisbane Perth Adelaide Canberra Auckland Wellington Christchurch Ottawa Toronto Montreal
    Vancouver Quebec Calgary Winnipeg Washington Boston Chicago Detroit Atlanta Miami Houston Dallas Denver
    Phoenix Seattle Portland Philadelphia Pittsburgh Cleveland Baltimore Minneapolis Milwaukee Cincinnati
    Nashville Memphis Orlando Tampa Sacramento Oakland Anaheim Honolulu Anchorage Havana Kingston Bogota
    Caracas Lima Quito Santiago Montevideo Asuncion Brasilia Rio Managua
    Tegucigalpa Guatemala Panama Monterrey Guadalajara Tijuana Acapulco Cancun Port-au-Prince
    """),
    "New York", "Los Angeles", "San Francisco", "Hong Kong", "Mexico City", "Rio de Janeiro",
    "New Delhi", "Kuala Lumpur", "Tel Aviv", "Abu Dhabi", "Cape Town", "Addis Ababa", "Phnom Penh",
    "Buenos Aires", "Sao Paulo", "La Paz", "The Hague", "St Petersburg", "St. Petersburg",
    "New Orleans", "Las Vegas", "Salt Lake City", "San Diego", "Kansas City", "St. Louis",
    "Ho Chi Minh City", "Frankfurt am Main", "Port Louis", "Santo Domingo", "Rio", "Wembley",
)  # fmt: skip

REGIONS = (
    "California", "Texas", "Florida", "Ohio", "Michigan", "Illinois", "Georgia", "Virginia", "Alabama",
    "Arizona", "Colorado", "Oregon", "Kentucky", "Tennessee", "Louisiana", "Iowa", "Kansas", "Nebraska",
    "Massachusetts", "Pennsylvania", "New Jersey", "New Hampshire", "North Carolina", "South Carolina",
    "Bavaria", "Saxony", "Brandenburg", "Lombardy", "Tuscany", "Sicily", "Sardinia", "Catalonia", "Andalusia",
    "Basque Country", "Corsica", "Brittany", "Normandy", "Provence", "Flanders", "Wallonia", "Siberia",
    "Dagestan", "Ingushetia", "Tatarstan", "Crimea", "Transylvania", "Silesia", "Bohemia", "Slavonia",
    "Krajina", "Herzegovina", "Punjab", "Sindh", "Kerala", "Bengal", "Gujarat", "Tamil Nadu", "Assam",
    "Quebec", "Ontario", "Alberta", "British Columbia", "Queensland", "Victoria", "Tasmania",
    "Western Australia", "New South Wales", "Ulster", "Yorkshire", "Kent", "Essex", "Cornwall",
    "Lancashire", "Galilee", "West Bank", "Gaza Strip", "Golan Heights", "Sinai", "Kurdistan", "Darfur",
    "Natal", "Transvaal", "Bosnia-Herzegovina", "Nagorno-Karabakh", "Abkhazia", "Kashmir", "Mindanao",
    "Borneo", "Sumatra", "Java", "Bali", "Hokkaido", "Kyushu", "Middle East", "Far East", "Balkans",
    "Caucasus", "Gulf", "Persian Gulf", "Europe", "Asia", "Africa", "Latin America", "South America",
    "North America", "Central America", "Scandinavia", "Siberia", "Antarctica", "Arctic", "Pacific",
    "Atlantic", "Mediterranean", "Baltic", "Black Sea", "Caspian", "Red Sea", "Adriatic", "Danube",
    "Rhine", "Nile", "Amazon", "Mississippi", "Thames", "Volga", "Yangtze", "Mekong", "Himalayas", "Alps",
    "Andes", "Pyrenees", "Urals", "Sahara", "St. Thomas", "St. Lucia", "St. Kitts", "St. Helena",
    "St. Andrews", "St. Moritz", "St. Gallen", "St. Albans", "St. Paul", "Santa Cruz", "San Antonio",
    "Fort Worth", "Port Elizabeth", "Mount Kenya", "Lake Victoria", "Cape Cod",
)  # fmt: skip

# -- not people, not places --------------------------------------------------------
NATIONALITIES = _words("""
    American British English Scottish Welsh Irish French German Dutch Belgian Swiss Austrian Italian Spanish
    Portuguese Greek Turkish Russian Ukrainian Polish Czech Slovak Hungarian Romanian Bulgarian Serbian
    Croatian Bosnian Albanian Swedish Norwegian Danish Finnish Icelandic Chinese Japanese Korean Taiwanese
    Vietnamese Thai Indonesian Malaysian Filipino Indian Pakistani Afghan Iranian Iraqi Syrian Lebanese
    Israeli Palestinian Jordanian Egyptian Saudi Kuwaiti Libyan Algerian Moroccan Tunisian Sudanese
    Ethiopian Kenyan Ugandan Rwandan Nigerian Ghanaian Zimbabwean Australian Canadian Mexican Brazilian
    Argentine Chilean Colombian Peruvian Venezuelan Cuban Jamaican European Asian African Arab Kurdish
    Muslim Christian Catholic Protestant Jewish Hindu Sikh Buddhist Serb Croat Bosnian Briton Scot Kurd
    Chechen Tamil Basque Catalan Palestinian Sunni Shi'ite Shiite Zionist Soviet Communist Democrat
    Republican Conservative Liberal Labour
""")

#: Companies, banks, agencies and brands named like people or places (not PER, not LOC).
ORGANISATIONS = (
    "Goldman Sachs", "Morgan Stanley", "Merrill Lynch", "Johnson & Johnson", "Procter & Gamble",
    "Philip Morris", "Lehman Brothers", "Salomon Brothers", "Dean Witter", "Charles Schwab", "J.P. Morgan",
    "Smith Barney", "Paine Webber", "Ernst & Young", "Arthur Andersen", "Price Waterhouse", "Marks and Spencer",
    "Sainsbury", "Tesco", "Barclays", "Lloyds", "HSBC", "NatWest", "Reuters", "Dow Jones", "Walt Disney",
    "McDonald's", "Wells Fargo", "Hewlett-Packard", "Ford", "Chrysler", "General Motors", "Boeing",
    "Lockheed Martin", "Rolls-Royce", "Siemens", "Daimler-Benz", "Volkswagen", "Porsche", "Ferrari", "Fiat",
    "Peugeot", "Renault", "Michelin", "Nestle", "Unilever", "Philips", "Heineken", "Carlsberg", "Nokia",
    "Ericsson", "Sony", "Toyota", "Honda", "Nissan", "Mitsubishi", "Samsung", "Hyundai", "Daewoo",
    "Deutsche Bank", "Dresdner Bank", "Credit Suisse", "UBS", "ABN Amro", "ING", "BNP", "Societe Generale",
    "Banco Santander", "Bank of England", "Bank of Japan", "Federal Reserve", "Bundesbank", "IMF",
    "World Bank", "United Nations", "NATO", "OPEC", "European Union", "European Commission", "Interpol",
    "Microsoft", "Intel", "IBM", "Apple", "Oracle", "Compaq", "Dell", "Netscape", "Motorola", "AT&T",
    "Exxon", "Mobil", "Texaco", "Chevron", "British Petroleum", "Royal Dutch/Shell", "Total", "Elf Aquitaine",
    "Gazprom", "Aeroflot", "Lufthansa", "British Airways", "Air France", "KLM", "Qantas", "Swissair",
    "Kellogg", "Heinz", "Campbell Soup", "Colgate-Palmolive", "Levi Strauss", "Tiffany", "Armani", "Gucci",
    "Christian Dior", "Louis Vuitton", "Estee Lauder", "Ralph Lauren", "Calvin Klein", "Wal-Mart",
    "Sotheby's", "Christie's", "Lloyd's of London", "Standard & Poor's", "Moody's", "Nasdaq", "Nikkei",
    "Hang Seng", "Xinhua", "Interfax", "Tass", "Itar-Tass", "Kyodo", "BBC", "CNN", "ABC", "NBC",
)  # fmt: skip

#: Sports clubs, many named after their city: an organisation, not a place (CoNLL style).
CLUBS = (
    "Manchester United", "Manchester City", "Arsenal", "Chelsea", "Liverpool", "Everton", "Tottenham",
    "Newcastle", "Leeds", "Leeds United", "Aston Villa", "Sheffield Wednesday", "Sheffield United",
    "Nottingham Forest", "West Ham", "Derby", "Coventry", "Southampton", "Middlesbrough", "Wimbledon",
    "Blackburn", "Sunderland", "Leicester", "Celtic", "Rangers", "Aberdeen", "Hearts", "Hibernian",
    "Bayern Munich", "Borussia Dortmund", "Werder Bremen", "Schalke", "Hamburg", "Bayer Leverkusen",
    "Kaiserslautern", "Stuttgart", "Real Madrid", "Atletico Madrid", "Barcelona", "Valencia", "Deportivo",
    "Sevilla", "Real Betis", "Athletic Bilbao", "Juventus", "AC Milan", "Inter Milan", "Lazio", "Roma",
    "Napoli", "Fiorentina", "Parma", "Sampdoria", "Udinese", "Bologna", "Ajax", "Ajax Amsterdam",
    "Feyenoord", "PSV Eindhoven", "Twente", "Vitesse Arnhem", "Anderlecht", "Club Brugge", "Benfica",
    "Porto", "Sporting Lisbon", "Paris St Germain", "Monaco", "Marseille", "Auxerre", "Bordeaux", "Nantes",
    "Galatasaray", "Fenerbahce", "Besiktas", "Olympiakos", "Panathinaikos", "Spartak Moscow",
    "Dynamo Kiev", "Red Star Belgrade", "Partizan", "Sparta Prague", "Rapid Vienna", "Grasshoppers",
    "Chicago Bulls", "Utah Jazz", "New York Knicks", "Boston Celtics", "Los Angeles Lakers",
    "Houston Rockets", "Orlando Magic", "Seattle SuperSonics", "New York Yankees", "Boston Red Sox",
    "Atlanta Braves", "Cleveland Indians", "Baltimore Orioles", "Toronto Blue Jays", "Detroit Red Wings",
    "Montreal Canadiens", "Dallas Cowboys", "Green Bay Packers", "San Francisco 49ers", "Ferrari",
    "Williams", "McLaren", "Benetton", "Jordan", "Sauber", "Ligier", "Tyrrell", "Minardi",
)  # fmt: skip

#: Events, competitions and other capitalised non-entities (CoNLL MISC).
EVENTS = (
    "World Cup", "European Championship", "Champions League", "UEFA Cup", "Cup Winners' Cup", "FA Cup",
    "Premier League", "Bundesliga", "Serie A", "Olympics", "Olympic Games", "Grand Prix", "Tour de France",
    "Wimbledon", "U.S. Open", "French Open", "Australian Open", "Davis Cup", "Ryder Cup", "Super Bowl",
    "World Series", "Test", "Ashes", "Commonwealth Games", "Golden League", "Grand Slam", "Nobel Prize",
    "Oscar", "Christmas", "Easter", "Ramadan", "Thanksgiving", "Internet", "Euro", "Dow", "Nasdaq",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip

#: Titles and roles written before a name (never part of the span in CoNLL style).
TITLES = (
    "President", "Prime Minister", "Foreign Minister", "Finance Minister", "Defence Minister",
    "Interior Minister", "Trade Minister", "Chancellor", "Premier", "Vice President", "Secretary of State",
    "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Mayor", "King", "Queen", "Prince", "Princess", "Pope",
    "General", "Gen.", "Colonel", "Col.", "Lieutenant", "Captain", "Major", "Admiral", "Sheikh", "Ayatollah",
    "Judge", "Justice", "Archbishop", "Bishop", "Father", "Rabbi", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
    "Dr", "Dr.", "Professor", "Prof.", "Sir", "Lord", "Lady", "Dame", "Chairman", "coach", "manager",
    "striker", "midfielder", "defender", "goalkeeper", "captain", "skipper", "spokesman", "spokeswoman",
    "analyst", "economist", "dealer", "trader", "chief executive", "chairman", "director", "lawyer",
    "opposition leader", "rebel leader", "envoy", "ambassador", "minister", "deputy", "commander",
)  # fmt: skip

#: Capitalised ordinary words that start sentences or fill headlines (not names).
CAPITAL_WORDS = _words("""
    The A An This That These Those It He She They We Police Officials Government Shares Prices Trading
    Markets Dealers Analysts Traders Investors Sources Witnesses Residents Rebels Troops Soldiers Voters
    Ministers Leaders Talks Results Scores Standings Attendance Scorers Teams Goals Half-time Summary Total
    Bowling Batting Extras Fall Wickets Points Rebounds Assists Innings Rain Weather Strike Ceasefire Peace
    Crisis Budget Inflation Growth Profits Sales Earnings Exports Imports Bonds Stocks Futures Gold Oil
    Dollar Yen Franc Lira Peseta Rupee Rand Index Council Parliament Congress Senate Court
    Army Navy Cabinet Ministry Embassy Airport Hospital University Bank Fund Party Union Opposition Round
    Final Semifinal Quarterfinal Qualifier Group League Cup Division Champion Champions Victory Defeat Win
    Draw Loss Record Title Season Match Game Race Stage Lap Seed Open Classic Masters Tour Rally Meeting
    Note Update Correction Advisory Factbox Preview Reaction Highlights Schedule Table Kudos Greetings
    Thanks Welcome Sorry Please Hey Hello Yes No Great Good Bad Best Worst New Old Big Small Top Global
    National International Federal Central Northern Southern Eastern Western Upper Lower Grand Royal
    Islamic Jihad Liberation Front Movement Alliance Coalition Democratic Socialist Popular Revolutionary
""")
